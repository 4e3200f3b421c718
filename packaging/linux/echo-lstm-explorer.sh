#!/bin/sh
# Starts Echo LSTM Explorer with its own Java runtime and the class path and Java options that
# jpackage wrote into lib/app/echo-lstm-explorer.cfg. It takes the place of jpackage's native
# launcher, which on every start asks rpm and dpkg which package owns it (half a second or more,
# growing with the number of installed packages) before Java even starts.
app="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
cfg="$app/lib/app/echo-lstm-explorer.cfg"
classpath=$(sed -n "s|^app.classpath=\\\$APPDIR/|$app/lib/app/|p" "$cfg" | paste -sd:)
main=$(sed -n 's/^app.mainclass=//p' "$cfg")

# With a Java 25 runtime the options name an ahead-of-time cache, which loads all the window's
# classes as the JVM starts; a command (any arguments) maps the command line's class data sharing
# archive in its place, whose classes load on demand (packaging/README.md, "Start-up cache").
# The Java command goes after the user's arguments in "$@", which then move to its end
# (POSIX sh has no other list that keeps words with spaces whole).
count=$#
cli_archive="$app/lib/app/echo-lstm-explorer-cli.jsa"
while IFS= read -r option; do
    case "$option" in
        -XX:AOTCache=*) [ "$count" -gt 0 ] && [ -f "$cli_archive" ] && option="-XX:SharedArchiveFile=$cli_archive" ;;
    esac
    set -- "$@" "$option"
done <<OPTIONS
$(sed -n 's|^java-options=||p' "$cfg" | sed "s|\\\$APPDIR|$app/lib/app|g")
OPTIONS
set -- "$@" -Djpackage.app-path="$app/bin/echo-lstm-explorer" -cp "$classpath" "$main"
while [ "$count" -gt 0 ]; do
    set -- "$@" "$1"
    shift
    count=$((count - 1))
done
exec "$app/lib/runtime/bin/java" "$@"
