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
# in, then jpackage with packaging/macos/jpackage.txt (.dmg holding the .app with a trimmed Java
# runtime). The image is neither signed nor notarised: add --mac-sign and its options to
# jpackage.txt for a release.
#
# jpackage on macOS refuses a version whose first number is 0 (CFBundleVersion rule), so while the
# pom says 0.x pass --bundle-version (e.g. 1.0.0): it is written into the bundle's Info.plist and
# the .dmg name only; the application itself still reports the pom's version.
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

jpackage="${JAVA_HOME:+$JAVA_HOME/bin/}jpackage"
command -v "$jpackage" >/dev/null 2>&1 || die "jpackage not found: install a JDK 17+ and set JAVA_HOME"

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

echo "==> jpackage: .dmg"
"$jpackage" @packaging/macos/jpackage.txt \
    --input "$input" \
    --main-jar "$main_jar" \
    --app-version "$app_version" \
    --dest "$out"

ls -lh "$out"/*.dmg
