#!/usr/bin/env bash
# Builds Echo LSTM Explorer's installable bundle for the operating system this runs on.
#
#   packaging/package.sh [--with-tests] [--app-image-only]
#
# Linux (this script):  target/jpackage/image/echo-lstm-explorer/            app image
#                       target/jpackage/echo-lstm-explorer_<version>-1_amd64.deb
# macOS:                hands over to packaging/macos/package.sh (.dmg; see its --help)
# Windows:              run packaging\windows\package.ps1 in PowerShell (.msi)
#
# Steps on Linux: the jar and its runtime dependencies (Maven profile "package": target/lib,
# linux-x86_64 natives only, see .mvn/maven.config), a check that no other platform's natives or
# test jars slipped in, jpackage with packaging/linux/jpackage.txt (app image, trimmed Java
# runtime), the desktop entry, AppStream metainfo and icons added under lib/share of the image, then
# jpackage with packaging/linux/jpackage-deb.txt (.deb; packaging/linux/deb holds the maintainer
# scripts that link those files into /usr).
#
# Needs a JDK 17 or newer with jpackage and its jmods (JAVA_HOME, or jpackage on PATH); for the
# .deb also dpkg-deb and fakeroot (Debian/Ubuntu: apt-get install fakeroot); without a display,
# xvfb-run for the start-up class list (apt-get install xvfb; skipped with a message when missing).
#   --with-tests      run the test suite before packaging (default: skipped; CI runs it)
#   --app-image-only  stop after the app image
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

case "$(uname -s)" in
    Linux) ;;
    Darwin) exec "$root/packaging/macos/package.sh" "$@" ;;
    MINGW*|MSYS*|CYGWIN*)
        echo "package.sh: on Windows run: powershell -ExecutionPolicy Bypass -File packaging\\windows\\package.ps1" >&2
        exit 2 ;;
    *) echo "package.sh: unsupported system $(uname -s)" >&2; exit 2 ;;
esac

with_tests=false
app_image_only=false
for arg in "$@"; do
    case "$arg" in
        --with-tests) with_tests=true ;;
        --app-image-only) app_image_only=true ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$root/packaging/package.sh"; exit 0 ;;
        *) echo "package.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
    esac
done

if [ "$(uname -m)" != "x86_64" ]; then
    echo "package.sh: only x86_64 is set up (.mvn/maven.config: -Djavacpp.platform=linux-x86_64)" >&2
    exit 2
fi

die() { echo "package.sh: $*" >&2; exit 1; }

jpackage="${JAVA_HOME:+$JAVA_HOME/bin/}jpackage"
command -v "$jpackage" >/dev/null 2>&1 || die "jpackage not found: install a JDK 17+ (Debian: openjdk-17-jdk) or set JAVA_HOME"
jdk_home="$(dirname "$(dirname "$(readlink -f "$(command -v "$jpackage")")")")"
[ -f "$jdk_home/jmods/java.base.jmod" ] || die "no jmods in $jdk_home (jpackage needs them to build the runtime)"
if [ "$app_image_only" = false ]; then
    for tool in dpkg-deb fakeroot; do
        command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found (apt-get install dpkg fakeroot)"
    done
fi

echo "==> Building the jar and copying the runtime dependencies (JDK: $jdk_home)"
mvn_args=(-B -Ppackage)
[ "$with_tests" = true ] || mvn_args+=(-DskipTests)
JAVA_HOME="$jdk_home" ./mvnw "${mvn_args[@]}" clean package

version="$(sed -n 's/^version=//p' target/classes/org/echolstm/app.properties)"
[ -n "$version" ] || die "could not read the version from target/classes/org/echolstm/app.properties"
app_version="${version%%-*}"   # jpackage wants digits and dots: 1.2.0-SNAPSHOT -> 1.2.0
main_jar="echo-lstm-explorer-$version.jar"
[ -f "target/$main_jar" ] || die "target/$main_jar missing"

out=target/jpackage
input="$out/input"
rm -rf "$out"
mkdir -p "$input"
cp target/lib/*.jar "$input/"
cp "target/$main_jar" "$input/"

echo "==> Checking the bundled jars"
# JavaCPP/ND4J natives carry <os>-<arch> classifiers (linux-x86_64), JavaFX ones -linux, -win,
# -mac, -mac-aarch64, -linux-aarch64: anything but this platform's, and test jars, are refused.
foreign="$(cd "$input" && ls | grep -E -e '-(linux|windows|macosx|android|ios)-[a-z0-9_]+\.jar$' \
    -e '-(win|mac|mac-aarch64|linux-aarch64)\.jar$' -e '-tests?\.jar$' | grep -v -e '-linux-x86_64\.jar$' || true)"
[ -z "$foreign" ] || die "jars for another platform or tests found in $input:
$foreign"
echo "    $(ls "$input" | wc -l) jars, natives: $(cd "$input" && ls | grep -E -e '-linux(-x86_64)?\.jar$' | tr '\n' ' ')"

echo "==> jpackage: app image"
"$jpackage" @packaging/linux/jpackage.txt \
    --type app-image \
    --input "$input" \
    --main-jar "$main_jar" \
    --app-version "$app_version" \
    --dest "$out/image"
image="$out/image/echo-lstm-explorer"

# jpackage 17's native launcher asks rpm and dpkg which package owns it on every start (0.6 s on
# the build machine, more where more packages are installed): a shell script that reads the same
# lib/app/echo-lstm-explorer.cfg and starts the bundled Java takes its place.
install -m 755 packaging/linux/echo-lstm-explorer.sh "$image/bin/echo-lstm-explorer"

# Desktop integration files go into the image's lib/share (jpackage carries lib/ into the .deb, a
# top-level share/ it would drop); the package's postinst links them into /usr/share.
id=org.echolstm.EchoLstmExplorer
share="$image/lib/share"
install -D -m 644 packaging/linux/$id.desktop "$share/applications/$id.desktop"
install -D -m 644 packaging/linux/$id.metainfo.xml "$share/metainfo/$id.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
    install -D -m 644 "icons/png/echo-lstm-$size.png" "$share/icons/hicolor/${size}x${size}/apps/$id.png"
done
install -D -m 644 icons/echo-lstm.svg "$share/icons/hicolor/scalable/apps/$id.svg"

echo "==> Class list for the start-up archive"
# The window opens about half a second sooner when the JVM maps the classes it needs from a class
# data sharing archive instead of reading and verifying them from the jars. Java 17 ties such an
# archive to the folder the jars are in, so the package's postinst makes it where the app is
# installed, from the list of classes that one run of the window (training included) loads here.
classlist="$image/lib/app/echo-lstm-explorer.classlist"
if command -v xvfb-run >/dev/null 2>&1 || [ -n "${DISPLAY:-}" ]; then
    run=("$image/bin/echo-lstm-explorer" bench --window-only --ui-seconds 3)
    command -v xvfb-run >/dev/null 2>&1 && run=(xvfb-run -a -s "-screen 0 1280x1024x24" "${run[@]}")
    list_home="$(mktemp -d)"
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$classlist -Duser.home=$list_home" \
        "${run[@]}" >/dev/null 2>"$out/classlist.log" || die "the class list run failed (see $out/classlist.log)"
    rm -rf "$list_home"
    [ -s "$classlist" ] || die "no class list written (see $out/classlist.log)"
    echo "    $(wc -l < "$classlist") classes"
else
    echo "    skipped: needs a display or xvfb-run (apt-get install xvfb); the app starts slower without it"
fi

echo "    app image: $image ($(du -sh "$image" | cut -f1))"
[ "$app_image_only" = true ] && exit 0

echo "==> jpackage: .deb"
"$jpackage" @packaging/linux/jpackage-deb.txt \
    --type deb \
    --app-image "$image" \
    --app-version "$app_version" \
    --dest "$out"

deb="$(ls "$out"/*.deb)"
echo "    package: $deb ($(du -h "$deb" | cut -f1))"
echo "    install: sudo apt-get install ./$deb"
