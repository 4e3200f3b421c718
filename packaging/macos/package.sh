#!/usr/bin/env bash
# Builds the macOS disk image of Echo LSTM Explorer for the Mac this runs on:
#   target/jpackage/Echo LSTM Explorer-<version>.dmg
#
#   packaging/macos/package.sh [--with-tests] [--bundle-version X.Y.Z]
#   (packaging/package.sh hands over to it)
#
# Steps: the jar and its runtime dependencies with the Maven profile "package" and
# -Djavacpp.platform=macosx-arm64 on Apple silicon or macosx-x86_64 on Intel (this overrides the
# linux-x86_64 of .mvn/maven.config), a check that no other platform's natives or test jars slipped
# in, jpackage with packaging/macos/jpackage.txt (the .app with a trimmed Java runtime), the
# start-up cache (Java 25, below), then jpackage again for the .dmg holding that .app. The .app is
# neither signed nor notarised: add --mac-sign and its options to jpackage.txt for a release.
#
# jpackage on macOS refuses a version whose first number is 0 (CFBundleVersion rule), so while the
# pom says 0.x pass --bundle-version (e.g. 1.0.0): it is written into the bundle's Info.plist and
# the .dmg name only; the application itself still reports the pom's version.
#
# The runtime: a JDK 25 or newer when one is found (JAVA_HOME, else /usr/libexec/java_home -v 25+):
# the .app then carries an ahead-of-time cache recorded here from one training run of the
# application (packaging/README.md); otherwise the JDK 17+ of JAVA_HOME or PATH, without a cache.
# The training run opens the window for about half a minute, so run this on a Mac with a display.
#
# Needs a JDK 17 or newer with jpackage for the same architecture (JAVA_HOME, or jpackage on PATH)
# and the Xcode command line tools.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

die() { echo "macos/package.sh: $*" >&2; exit 1; }

with_tests=false
bundle_version=
while [ $# -gt 0 ]; do
    case "$1" in
        --with-tests) with_tests=true ;;
        --bundle-version) [ $# -ge 2 ] || die "--bundle-version needs a value"; bundle_version="$2"; shift ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$root/packaging/macos/package.sh"; exit 0 ;;
        *) die "unknown option '$1' (try --help)" ;;
    esac
    shift
done

[ "$(uname -s)" = Darwin ] || die "this script is for macOS; on Linux run packaging/package.sh"
case "$(uname -m)" in
    arm64) platform=macosx-arm64 ;;
    x86_64) platform=macosx-x86_64 ;;
    *) die "unsupported architecture $(uname -m)" ;;
esac

# The first number of a JDK's version (17, 25...), from its release file.
java_feature() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
jdk_home=
if [ -n "${JAVA_HOME:-}" ] && [ "$(java_feature "$JAVA_HOME")" -ge 25 ] 2>/dev/null; then
    jdk_home="$JAVA_HOME"
elif found="$(/usr/libexec/java_home -v 25+ 2>/dev/null)" && [ -x "$found/bin/jpackage" ]; then
    jdk_home="$found"
fi
if [ -n "$jdk_home" ]; then
    jpackage="$jdk_home/bin/jpackage"
else
    jpackage="${JAVA_HOME:+$JAVA_HOME/bin/}jpackage"
    command -v "$jpackage" >/dev/null 2>&1 || die "jpackage not found: install a JDK 17+ and set JAVA_HOME"
fi
if [ -n "$jdk_home" ]; then aot=true; else aot=false; fi

echo "==> Building the jar and copying the runtime dependencies ($platform)"
mvn_args=(-B -Ppackage "-Djavacpp.platform=$platform")
[ "$with_tests" = true ] || mvn_args+=(-DskipTests)
./mvnw "${mvn_args[@]}" clean package

version="$(sed -n 's/^version=//p' target/classes/org/echolstm/app.properties)"
[ -n "$version" ] || die "could not read the version from target/classes/org/echolstm/app.properties"
app_version="${bundle_version:-${version%%-*}}"   # digits and dots: 1.2.0-SNAPSHOT -> 1.2.0
case "$app_version" in
    0.*|0) die "jpackage on macOS refuses version $app_version (first number 0): pass --bundle-version 1.0.0 or raise the version in pom.xml" ;;
esac
main_jar="echo-lstm-explorer-$version.jar"

out=target/jpackage
input="$out/input"
rm -rf "$out"
mkdir -p "$input"
cp target/lib/*.jar "$input/"
cp "target/$main_jar" "$input/"

echo "==> Checking the bundled jars"
case "$platform" in
    macosx-arm64) fx=mac-aarch64 ;;
    *) fx=mac ;;
esac
# Every jar with a platform classifier (JavaCPP/ND4J: <os>-<arch>, JavaFX: -linux, -win, -mac,
# -mac-aarch64, -linux-aarch64) must be this Mac's; test jars are refused too.
foreign="$(cd "$input" && ls | grep -E -e '-(linux|windows|macosx|android|ios)-[a-z0-9_]+\.jar$' \
    -e '-(linux|win|mac|mac-aarch64|linux-aarch64)\.jar$' -e '-tests?\.jar$' \
    | grep -v -e "-$platform\\.jar\$" -e "-$fx\\.jar\$" || true)"
[ -z "$foreign" ] || die "jars for another platform or tests found in $input:
$foreign"

name="Echo LSTM Explorer"
if [ "$aot" = true ]; then
    # As on Linux (packaging/package.sh): the cache is named in the launcher's options and ignored
    # without a message when it does not fit; native access and sun.misc.Unsafe are allowed for
    # JavaFX, JavaCPP and ND4J without Java 24's warnings.
    runtime_options=(--java-options '-XX:AOTCache=$APPDIR/echo-lstm-explorer.aot' --java-options -Xlog:aot=off --java-options -Xlog:cds=off
        --java-options --enable-native-access=ALL-UNNAMED --java-options --sun-misc-unsafe-memory-access=allow)
else
    runtime_options=()
fi
echo "==> jpackage: app"
"$jpackage" @packaging/macos/jpackage.txt ${runtime_options[@]+"${runtime_options[@]}"} \
    --type app-image \
    --input "$input" \
    --main-jar "$main_jar" \
    --app-version "$app_version" \
    --dest "$out/image"
app="$out/image/$name.app"

if [ "$aot" = true ]; then
    echo "==> Ahead-of-time cache (the window opens for about half a minute)"
    # The training run records what it loads, links and profiles; a second start of the same
    # launcher turns that into the cache. A recording run must not be given the cache, so the .cfg
    # goes without those lines meanwhile. The .app has one launcher, so a command run from it maps
    # the window's cache too (Linux and Windows give the command line an archive of its own).
    cfg="$app/Contents/app/$name.cfg"
    conf="$out/echo-lstm-explorer.aotconf"
    cp "$cfg" "$out/cfg.saved"
    trap 'mv -f "$out/cfg.saved" "$cfg"' EXIT
    sed -i '' -e '/^java-options=-XX:AOTCache=/d' -e '/^java-options=-Xlog:aot=off$/d' -e '/^java-options=-Xlog:cds=off$/d' "$cfg"
    JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$conf" "$app/Contents/MacOS/$name" training-run \
        >"$out/aot.log" 2>&1 || die "the training run failed (see $out/aot.log)"
    # Written beside the configuration first: JAVA_TOOL_OPTIONS splits at the spaces of the .app's name.
    JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$conf -XX:AOTCache=$out/echo-lstm-explorer.aot" \
        "$app/Contents/MacOS/$name" >>"$out/aot.log" 2>&1 || die "the cache could not be made (see $out/aot.log)"
    mv -f "$out/echo-lstm-explorer.aot" "$app/Contents/app/"
    mv -f "$out/cfg.saved" "$cfg"
    trap - EXIT
    rm -f "$conf"
fi

echo "==> jpackage: .dmg"
"$jpackage" --type dmg --app-image "$app" --name "$name" --app-version "$app_version" --license-file LICENSE \
    --dest "$out"

ls -lh "$out"/*.dmg
