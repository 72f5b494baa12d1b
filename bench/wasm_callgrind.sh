#!/bin/sh
# wasm_callgrind.sh: instructions the page's engine executes for one program, counted by
# callgrind (deterministic, unlike wall time on a shared machine). V8 runs TurboFan code only
# (--no-liftoff), compiled lazily during a first run; the second run is counted (the engine
# thread's count is printed: the busiest thread).
# usage: bench/wasm_callgrind.sh BINDINGS.js PROGRAM.py   (small programs: ~50x slower than node)
set -e
here=$(dirname "$0")
out=$(mktemp -d)
WASM_CALLGRIND=1 valgrind --tool=callgrind --separate-threads=yes --instr-atstart=no \
  --smc-check=all-non-file --callgrind-out-file="$out/cg.%p" \
  node --no-experimental-fetch --no-liftoff --wasm-lazy-compilation \
  "$here/wasm_engine.mjs" "$1" "$2" > "$out/stdout" 2> "$out/stderr" || { tail -n 5 "$out/stderr"; exit 1; }
best=0
for f in "$out"/cg.*-*; do
  t=$(awk '/^totals:/ {print $2; exit}' "$f")
  if [ "${t:-0}" -gt "$best" ]; then best=$t; fi
done
echo "engine_instructions $best"
rm -rf "$out"
