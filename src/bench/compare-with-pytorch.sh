#!/usr/bin/env bash
# Side-by-side training speed of this checkout and the notebook's model in PyTorch (pytorch_echo.py,
# one thread), fresh JVM or Python for every run, alternating, medians:
#   target  defaults (10/25/7, 25 units, batch 32, Adam 0.01) to >= 99 % held-out: seconds reported
#   batch1  2,000 batch-1 samples (Adam 0.001), evaluation included on our side: samples/s
#   large   50/100/17, 128 units, batch 32, 6,400 samples (100 held-out on our side): samples/s
#
#   [PYTHON=python3] src/bench/compare-with-pytorch.sh [ROUNDS] [BEFORE_CHECKOUT]
#
# With BEFORE_CHECKOUT (another checkout, compiled) it runs that one too, for before -> after.
# Needs a compiled checkout (./mvnw compile) and python3 with torch. The machine should be quiet:
# compare the ratios of one run, not figures across runs.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
rounds="${1:-3}"
before="${2:-}"
python="${PYTHON:-python3}"
if ! "$python" -c 'import torch' 2>/dev/null; then
    echo "$python cannot import torch: install PyTorch for it, or name another interpreter in PYTHON=..." >&2
    exit 2
fi
classpath_file="$root/target/bench.classpath"
if [ ! -s "$classpath_file" ] || [ "$root/pom.xml" -nt "$classpath_file" ]; then
    (cd "$root" && ./mvnw -q dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$classpath_file")
fi
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1
results="$(mktemp)"
trap 'rm -f "$results"' EXIT

ours() {
    local checkout="$1"; shift
    java -cp "$checkout/target/classes:$(cat "$classpath_file")" org.echolstm.Main train --json "$@" \
        --progress-seconds 100 | tail -1
}

echo "load before: $(uptime)"
for _ in $(seq "$rounds"); do
    for kind in target batch1 large; do
        case "$kind" in
            target) args=() ;;
            batch1) args=(--preset NOTEBOOK --samples 2000) ;;
            large) args=(--length 50 --features 100 --index 17 --units 128 --batch 32 --samples 6400 --eval-samples 100) ;;
        esac
        [ -z "$before" ] || echo "{\"k\":\"$kind\",\"who\":\"before\",\"r\":$(ours "$before" "${args[@]}")}" >> "$results"
        echo "{\"k\":\"$kind\",\"who\":\"this\",\"r\":$(ours "$root" "${args[@]}")}" >> "$results"
        echo "{\"k\":\"$kind\",\"who\":\"torch\",\"r\":$("$python" "$root/src/bench/pytorch_echo.py" "$kind")}" >> "$results"
    done
done
echo "load after: $(uptime)"
"$python" - "$results" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
seconds = lambda r: r.get("seconds", r.get("trainSeconds"))
speed = lambda r: r["samples"] / seconds(r)
for kind, measure, unit in (("target", seconds, "s"), ("batch1", speed, "samples/s"), ("large", speed, "samples/s")):
    torch = statistics.median(measure(x["r"]) for x in rows if x["k"] == kind and x["who"] == "torch")
    line = f"{kind:7s} PyTorch {torch:,.3f} {unit}"
    for who in ("before", "this"):
        values = [measure(x["r"]) for x in rows if x["k"] == kind and x["who"] == who]
        if values:
            ours = statistics.median(values)
            ratio = torch / ours if kind == "target" else ours / torch
            line += f" | {who} {ours:,.3f} ({ratio:.2f}x PyTorch)"
    print(line)
PY
