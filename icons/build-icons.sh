#!/usr/bin/env bash
# Regenerates every icon file from the one source, echo-lstm.svg:
#   icons/png/echo-lstm-<size>.png   16 24 32 48 64 128 256 512 1024
#   icons/echo-lstm.ico              Windows (16..256, used by packaging/windows)
#   icons/echo-lstm.icns             macOS (16..1024, used by packaging/macos)
#   src/main/resources/org/echolstm/ui/icons/icon-<size>.png   16 32 64 128 256 (window icons)
#
# Debian/Ubuntu tools: apt-get install librsvg2-bin imagemagick icnsutils
# The outputs are committed; run this only after editing the SVG.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
svg="$here/echo-lstm.svg"
png_dir="$here/png"
res_dir="$root/src/main/resources/org/echolstm/ui/icons"

for tool in rsvg-convert convert png2icns; do
    command -v "$tool" >/dev/null || {
        echo "build-icons.sh: '$tool' not found (apt-get install librsvg2-bin imagemagick icnsutils)" >&2
        exit 1
    }
done

mkdir -p "$png_dir" "$res_dir"

for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" --format png "$svg" --output "$png_dir/echo-lstm-$size.png"
done

# Windows icon: every size up to 256 (the 256 one is stored as PNG inside the .ico).
# The date chunks are left out so that the file only changes when the drawing does.
convert "$png_dir"/echo-lstm-{16,24,32,48,64,128,256}.png \
    -define png:exclude-chunks=date,time "$here/echo-lstm.ico"

# macOS icon: the sizes the icns format names (16, 32, 48, 128, 256, 512, 1024).
png2icns "$here/echo-lstm.icns" "$png_dir"/echo-lstm-{16,32,48,128,256,512,1024}.png >/dev/null

for size in 16 32 64 128 256; do
    cp "$png_dir/echo-lstm-$size.png" "$res_dir/icon-$size.png"
done

echo "Icons written to $png_dir, $here/echo-lstm.ico, $here/echo-lstm.icns and $res_dir"
