#!/usr/bin/env bash
# instructions.sh counts the instructions one iteration of a benchmark
# executes, with valgrind's cachegrind: a figure that does not depend on the
# machine's load, for comparing two builds on a shared machine whose timings
# vary by 20% from one run to the next.
#
# usage: internal/bench/instructions.sh [-rev REV] PKG BENCH N1 N2
#
# It builds PKG's test binary (at git revision REV when given, in a
# temporary worktree), runs BENCH N1 and N2 times (-test.benchtime Nx) under
# cachegrind with the garbage collector off and one P, and prints
# (I(N2) - I(N1)) / (N2 - N1): setup and warm-up cancel out. Example:
#
#   internal/bench/instructions.sh ./article 'NAEBText$' 2 6
#   internal/bench/instructions.sh -rev HEAD~3 ./article 'ParseSamples' 2000 6000
#
# The binary runs in PKG's folder of this checkout (not of the worktree
# at REV), so that benchmarks find ../shared/corpus beside it; the script
# fails when no benchmark ran (one that skips without the corpus, say)
# rather than print a meaningless difference.
#
# With the collector off the count leaves out the collector's work (and the
# write barriers it turns on), which depends on timing; measure that with
# benchmarks (-test.cpu 1) and benchstat.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
rev=""
if [ "${1:-}" = "-rev" ]; then rev="$2"; shift 2; fi
if [ $# -ne 4 ]; then
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2
fi
pkg="$1" bench="$2" n1="$3" n2="$4"
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind is not installed" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"; [ -n "$rev" ] && git -C "$root" worktree remove --force "$tmp/src" >/dev/null 2>&1 || true' EXIT
src="$root"
if [ -n "$rev" ]; then
  git -C "$root" worktree add --detach "$tmp/src" "$rev" >/dev/null 2>&1
  src="$tmp/src"
fi
(cd "$src" && go test -c -o "$tmp/bench.test" "$pkg")
count() {
  local out
  out="$(cd "$root/$pkg" && GOGC=off GOMAXPROCS=1 valgrind --tool=cachegrind --cache-sim=no \
    --cachegrind-out-file=/dev/null "$tmp/bench.test" -test.run '^$' -test.bench "$bench" \
    -test.benchtime "${1}x" 2>&1)"
  if ! grep -qE '^Benchmark.* ns/op' <<<"$out"; then
    echo "instructions.sh: no benchmark matching $bench ran:" >&2
    grep -E 'SKIP|skip|FAIL|^---' <<<"$out" >&2 || true
    return 1
  fi
  grep -E 'I *refs' <<<"$out" | tr -d ',' | awk '{print $NF}'
}
a="$(count "$n1")" || exit 1
b="$(count "$n2")" || exit 1
echo "$bench: $(( (b - a) / (n2 - n1) )) instructions/op"
