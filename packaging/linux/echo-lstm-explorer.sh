#!/bin/sh
# Starts Echo LSTM Explorer with its own Java runtime and the class path and Java options that
# jpackage wrote into lib/app/echo-lstm-explorer.cfg. It takes the place of jpackage's native
# launcher, which on every start asks rpm and dpkg which package owns it (half a second or more,
# growing with the number of installed packages) before Java even starts.
app="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
cfg="$app/lib/app/echo-lstm-explorer.cfg"
classpath=$(sed -n "s|^app.classpath=\\\$APPDIR/|$app/lib/app/|p" "$cfg" | paste -sd:)
main=$(sed -n 's/^app.mainclass=//p' "$cfg")

# The Java command goes after the user's arguments in "$@", which then move to its end
# (POSIX sh has no other list that keeps words with spaces whole).
count=$#
while IFS= read -r option; do
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
