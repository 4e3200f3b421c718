#!/usr/bin/env bash
# Builds Echo LSTM Explorer's installable bundle for the operating system this runs on.
#
#   packaging/package.sh [--with-tests] [--app-image-only] [--jdk DIR]
#
# Linux (this script):  target/jpackage/image/echo-lstm-explorer/            app image
#                       target/jpackage/echo-lstm-explorer_<version>-1_amd64.deb
# macOS:                hands over to packaging/macos/package.sh (.dmg; see its --help)
# Windows:              run packaging\windows\package.ps1 in PowerShell (.msi)
#
# Steps on Linux: the jar and its runtime dependencies (Maven profile "package": target/lib,
# linux-x86_64 natives only, see .mvn/maven.config), a check that no other platform's natives or
# test jars slipped in, jpackage with packaging/linux/jpackage.txt (app image, trimmed Java
# runtime), the desktop entry, AppStream metainfo and icons added under lib/share of the image, the
# start-up cache (see below), then jpackage with packaging/linux/jpackage-deb.txt (.deb;
# packaging/linux/deb holds the maintainer scripts that link those files into /usr).
#
# The runtime: a JDK 25 or newer when one is found (the one --jdk names, else JAVA_HOME, else the
# newest under /usr/lib/jvm): the image then carries an ahead-of-time cache recorded here from one
# training run of the application (window and command line, "training-run"). Without one, the JDK
# 17+ of JAVA_HOME or PATH: the image carries a class list from which the package's postinst makes
# a class data sharing archive.
#
# Needs a JDK 17 or newer with jpackage (a JDK before 25 also needs its jmods; JAVA_HOME, or
# jpackage on PATH); for the .deb also dpkg-deb and fakeroot (Debian/Ubuntu: apt-get install
# fakeroot); without a display, xvfb-run for the window's part of the start-up cache or class list
# (apt-get install xvfb; skipped with a message when missing).
#   --with-tests      run the test suite before packaging (default: skipped; CI runs it)
#   --app-image-only  stop after the app image
#   --jdk DIR         build with this JDK (17 or newer) instead of looking for a JDK 25
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
jdk_option=
while [ $# -gt 0 ]; do
    case "$1" in
        --with-tests) with_tests=true ;;
        --app-image-only) app_image_only=true ;;
        --jdk) [ $# -ge 2 ] || { echo "package.sh: --jdk needs a folder" >&2; exit 2; }; jdk_option="$2"; shift ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$root/packaging/package.sh"; exit 0 ;;
        *) echo "package.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
    esac
    shift
done

if [ "$(uname -m)" != "x86_64" ]; then
    echo "package.sh: only x86_64 is set up (.mvn/maven.config: -Djavacpp.platform=linux-x86_64)" >&2
    exit 2
fi

die() { echo "package.sh: $*" >&2; exit 1; }

# The first number of a JDK's version (17, 25...), from its release file; empty if it has none.
java_feature() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }

# A JDK 25 or newer with jpackage: JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
find_jdk25() {
    local jdk best="" best_feature=0 feature
    for jdk in ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/*; do
        [ -x "$jdk/bin/jpackage" ] || continue
        feature="$(java_feature "$jdk")"
        [ -n "$feature" ] && [ "$feature" -ge 25 ] || continue
        [ -n "${JAVA_HOME:-}" ] && [ "$jdk" = "$JAVA_HOME" ] && { echo "$jdk"; return 0; }
        if [ "$feature" -gt "$best_feature" ]; then best="$jdk"; best_feature="$feature"; fi
    done
    [ -n "$best" ] && echo "$best"
}

if [ -n "$jdk_option" ]; then
    jdk_home="$(cd "$jdk_option" && pwd)"
elif ! jdk_home="$(find_jdk25)"; then
    jpackage="${JAVA_HOME:+$JAVA_HOME/bin/}jpackage"
    command -v "$jpackage" >/dev/null 2>&1 || die "jpackage not found: install a JDK 17+ (Debian: openjdk-17-jdk) or set JAVA_HOME"
    jdk_home="$(dirname "$(dirname "$(readlink -f "$(command -v "$jpackage")")")")"
fi
jpackage="$jdk_home/bin/jpackage"
[ -x "$jpackage" ] || die "no jpackage in $jdk_home"
feature="$(java_feature "$jdk_home")"
[ -n "$feature" ] && [ "$feature" -ge 17 ] || die "$jdk_home is not a JDK 17 or newer"
# JDK 25 on: an ahead-of-time cache (classes loaded and linked, method profiles) recorded from a
# training run. Before: the class data sharing archive that postinst makes.
if [ "$feature" -ge 25 ]; then aot=true; else aot=false; fi
# A JDK 25 may link its runtime from its own run-time image (JEP 493) when it has no jmods.
[ "$aot" = true ] || [ -f "$jdk_home/jmods/java.base.jmod" ] || die "no jmods in $jdk_home (jpackage needs them to build the runtime)"
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

echo "==> Trimming the natives"
# Intel MKL's JNI binding (4 MB): ND4J runs on the bundled OpenBLAS and never loads it (MKL itself
# is not bundled).
rm -f "$input"/mkl-*-linux-x86_64.jar
# ND4J's native library (libnd4jcpu.so) comes with its symbol table (22 of its 323 MB), which
# loading it does not use (the dynamic symbols stay): it is stripped and stored in its jar without
# compression, because the .deb's xz packs it to 28 MB where the jar's deflate made 90 MB (JavaCPP
# copies it out of the jar on the first Save or Open instead of inflating it). Installed, it takes
# 214 MB more. Every other library in these jars is stripped already and stays as it is.
strip_natives() {
    local jar="$1" work entry changed=false
    work="$(mktemp -d)"
    for entry in $(unzip -Z1 "$jar" | grep -E '\.so(\.[0-9]+)*$'); do
        unzip -q -o "$jar" "$entry" -d "$work"
        if readelf -S -W "$work/$entry" 2>/dev/null | grep -q ' \.symtab '; then
            strip --strip-unneeded "$work/$entry"
            (cd "$work" && zip -q -0 "$OLDPWD/$jar" "$entry")
            changed=true
        fi
    done
    rm -rf "$work"
    [ "$changed" = false ] || echo "    stripped and stored the natives in $(basename "$jar")"
}
if command -v strip >/dev/null 2>&1 && command -v readelf >/dev/null 2>&1 && command -v zip >/dev/null 2>&1; then
    for jar in "$input"/*-linux-x86_64.jar; do
        strip_natives "$jar"
    done
else
    echo "    natives left as they are: needs strip, readelf (binutils) and zip"
fi

echo "==> jpackage: app image (Java $feature runtime)"
if [ "$aot" = true ]; then
    # The cache is used when it fits the runtime and the jars, else the JVM ignores it; -Xlog:aot=off
    # and -Xlog:cds=off keep it from saying so (the launcher names the command line's archive in its
    # place, see below). Java 24 and later warn about native access and sun.misc.Unsafe, which
    # JavaFX, JavaCPP and ND4J use; the options allow both without a warning.
    runtime_options=(--java-options '-XX:AOTCache=$APPDIR/echo-lstm-explorer.aot'
        --java-options -Xlog:aot=off --java-options -Xlog:cds=off
        --java-options --enable-native-access=ALL-UNNAMED --java-options --sun-misc-unsafe-memory-access=allow)
else
    runtime_options=(--java-options '-XX:SharedArchiveFile=$APPDIR/echo-lstm-explorer.jsa')
fi
"$jpackage" @packaging/linux/jpackage.txt "${runtime_options[@]}" \
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

# The start-up cache holds the modification time of every jar it was made from and is not used when
# one differs. jpackage copies the image into the .deb with new times, and dpkg-deb sets any time
# later than SOURCE_DATE_EPOCH to that one: so every file of the image gets that time now, before
# the cache is recorded, and keeps it in the .deb (the last commit's time unless one is given).
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
find "$image" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

if command -v xvfb-run >/dev/null 2>&1 || [ -n "${DISPLAY:-}" ]; then window=true; else window=false; fi
# Runs the app image's launcher with a fresh home folder (and under xvfb-run when there is no display).
run_image() {
    local run=("$image/bin/echo-lstm-explorer" "$@") home status=0
    [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1 && run=(xvfb-run -a -s "-screen 0 1280x1024x24" "${run[@]}")
    home="$(mktemp -d)"
    JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Duser.home=$home" XDG_DATA_HOME="$home/data" "${run[@]}" || status=$?
    rm -rf "$home"
    return "$status"
}

if [ "$aot" = true ]; then
    echo "==> Ahead-of-time cache"
    # One run of the application as people use it: train, predict and evaluate on the command line,
    # then the window (first frame, the default lesson trained, Inside and Experiments opened, a
    # lesson saved). JDK 25 writes what it loaded, linked and profiled into a configuration, and
    # a second start with the image's own runtime turns that into the cache: it must be made by the
    # runtime that uses it, with the same class path. The launcher's options name the cache, which
    # a recording run must not be given: the .cfg goes without those two lines meanwhile.
    cfg="$image/lib/app/echo-lstm-explorer.cfg"
    cache="$image/lib/app/echo-lstm-explorer.aot"
    conf="$out/echo-lstm-explorer.aotconf"
    cp "$cfg" "$out/cfg.saved"
    trap 'mv -f "$out/cfg.saved" "$cfg"' EXIT
    sed -i -e '/^java-options=-XX:AOTCache=/d' -e '/^java-options=-Xlog:\(aot\|cds\)=off$/d' "$cfg"
    training=(training-run)
    [ "$window" = true ] || { training+=(--no-window); echo "    the window's part skipped: needs a display or xvfb-run (apt-get install xvfb)"; }
    JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$conf" run_image "${training[@]}" \
        >"$out/aot.log" 2>&1 || die "the training run failed (see $out/aot.log)"
    JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$conf -XX:AOTCache=$cache" run_image \
        >>"$out/aot.log" 2>&1 || die "the cache could not be made (see $out/aot.log)"
    rm -f "$conf"
    [ -s "$cache" ] || die "no cache written (see $out/aot.log)"
    echo "    $(du -h "$cache" | cut -f1), $(grep -E '^[a-z-]+ +[0-9]+ ms$' "$out/aot.log" | tr -s ' ' | paste -sd, | sed 's/,/, /g')"
    # The cache loads and links all its classes (9,400) when the JVM starts: 0.2 s that the window
    # gains back, but a command needs only 1,300 to 4,700 of them. A command line run maps a class
    # data sharing archive of the command line's training run instead, whose classes load on demand
    # (the launcher names it in place of the cache when it is given arguments).
    echo "==> Class data sharing archive for the command line"
    classlist="$out/echo-lstm-explorer-cli.classlist"
    archive="$image/lib/app/echo-lstm-explorer-cli.jsa"
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$classlist" run_image training-run --no-window \
        >"$out/cds.log" 2>&1 || die "the command line's training run failed (see $out/cds.log)"
    # picocli is compiled for Java 5, and Java 25 leaves a class that old out of the archive once it
    # has been linked, which resolving the constants the class list names ("@cp" lines) does: without
    # picocli's, its 155 classes come from the archive too (--help: 0.35 -> 0.26 s of CPU).
    sed -i '/^@cp picocli\//d' "$classlist"
    # Made by the image's runtime with the launcher's class path and options but no main class: the
    # launcher would give one, which Java 25 then runs in the dumping JVM, where it fails.
    mapfile -t options < <(sed -n 's|^java-options=||p' "$cfg" | sed "s|\\\$APPDIR|$image/lib/app|g")
    "$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$classlist" -XX:SharedArchiveFile="$archive" \
        "${options[@]}" -cp "$(sed -n "s|^app.classpath=\\\$APPDIR/|$image/lib/app/|p" "$cfg" | paste -sd:)" \
        >>"$out/cds.log" 2>&1 || die "the archive could not be made (see $out/cds.log)"
    mv -f "$out/cfg.saved" "$cfg"
    trap - EXIT
    [ -s "$archive" ] || die "no archive written (see $out/cds.log)"
    echo "    $(du -h "$archive" | cut -f1), $(wc -l < "$classlist") classes"
else
    echo "==> Class list for the start-up archive"
    # The window opens about half a second sooner when the JVM maps the classes it needs from a class
    # data sharing archive instead of reading and verifying them from the jars. Java 17 ties such an
    # archive to the folder the jars are in, so the package's postinst makes it where the app is
    # installed, from the list of classes that one run of the window (training included) loads here.
    classlist="$image/lib/app/echo-lstm-explorer.classlist"
    if [ "$window" = true ]; then
        JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$classlist" run_image bench --window-only --ui-seconds 3 \
            >/dev/null 2>"$out/classlist.log" || die "the class list run failed (see $out/classlist.log)"
        [ -s "$classlist" ] || die "no class list written (see $out/classlist.log)"
        echo "    $(wc -l < "$classlist") classes"
    else
        echo "    skipped: needs a display or xvfb-run (apt-get install xvfb); the app starts slower without it"
    fi
fi

echo "    app image: $image ($(du -sh "$image" | cut -f1))"
[ "$app_image_only" = true ] && exit 0

echo "==> jpackage: .deb"
# The control file's version field: jpackage 17 fills APPLICATION_VERSION-APPLICATION_RELEASE, later
# ones APPLICATION_VERSION_WITH_RELEASE; the version is written in here, which suits both.
release="$(sed -n 's/^--linux-app-release //p' packaging/linux/jpackage-deb.txt)"
cp -r packaging/linux/deb "$out/deb-resources"
sed -i "s/^Version: .*/Version: $app_version-${release:-1}/" "$out/deb-resources/control"
"$jpackage" @packaging/linux/jpackage-deb.txt \
    --resource-dir "$out/deb-resources" \
    --type deb \
    --app-image "$image" \
    --app-version "$app_version" \
    --dest "$out"

deb="$(ls "$out"/*.deb)"
echo "    package: $deb ($(du -h "$deb" | cut -f1))"
echo "    install: sudo apt-get install ./$deb"
