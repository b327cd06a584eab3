#!/usr/bin/env bash
# scaling.sh times BenchmarkParseScaling cell by cell (one flavor and size
# per run of the test binary), in a new random order each round, and
# prints the median MiB/s of each cell with each flavor's max/min ratio:
# the figure issue 6 asks to stay within 1.2. With -rev it times a second
# build alongside, the two taking turns on every cell, and prints both.
#
# usage: internal/bench/scaling.sh [-rev REV] ROUNDS [BENCHTIME [CELLS]]
#
# ROUNDS is how many times every cell runs (8 or more on a shared
# machine), BENCHTIME is -test.benchtime (default 1s), and CELLS a regular
# expression the cells "flavor/size" must match (default all). Examples:
#
#   internal/bench/scaling.sh 8
#   internal/bench/scaling.sh -rev HEAD~1 8 1s 'one-line|quote-marks'
#
# Running each cell in its own process, in shuffled order, keeps the slow
# drifts of a shared machine (its speed varies by a fifth from one minute
# to the next) from falling on one size more than on another, as they do
# when the sizes always run in the same order in one process. The raw
# results stay in the folder it prints, for benchstat.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
rev=""
if [ "${1:-}" = "-rev" ]; then rev="$2"; shift 2; fi
if [ $# -lt 1 ] || [ $# -gt 3 ]; then
  sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2
fi
rounds="$1" benchtime="${2:-1s}" cells="${3:-.}"
out="$(mktemp -d)"
trap '[ -n "$rev" ] && git -C "$root" worktree remove --force "$out/src" >/dev/null 2>&1 || true' EXIT
(cd "$root" && go test -c -o "$out/new.test" ./article)
builds=(new)
if [ -n "$rev" ]; then
  git -C "$root" worktree add --detach "$out/src" "$rev" >/dev/null 2>&1
  (cd "$out/src" && go test -c -o "$out/old.test" ./article)
  builds=(old new)
fi
list=()
for f in plain damaged one-line quote-marks entities; do
  for s in 10KB 100KB 1MB 10MB; do
    if grep -qE "$cells" <<<"$f/$s"; then list+=("$f/$s"); fi
  done
done
for r in $(seq "$rounds"); do
  for cell in $(printf '%s\n' "${list[@]}" | shuf); do
    for b in $(printf '%s\n' "${builds[@]}" | shuf); do
      (cd "$root/article" && "$out/$b.test" -test.run '^$' -test.bench "ParseScaling\$/$cell\$" \
        -test.benchtime "$benchtime" -test.cpu 1 -test.benchmem) | grep '^Benchmark' >>"$out/$b.txt"
    done
  done
  echo "round $r of $rounds done" >&2
done
for b in "${builds[@]}"; do
  echo "== $b (MiB/s, median of $rounds; raw results in $out/$b.txt)"
  awk '
    /^BenchmarkParseScaling\// {
      split($1, parts, "/"); f = parts[2]; s = parts[3]
      for (i = 1; i < NF; i++) if ($(i+1) == "MB/s") v[f "/" s] = v[f "/" s] " " $i * 1e6 / 1048576
    }
    function median(list,   a, k, t, i, j) {
      k = split(list, a, " ")
      for (i = 2; i <= k; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j+1] = a[j]; a[j+1] = t }
      return k % 2 ? a[(k+1)/2] : (a[k/2] + a[k/2+1]) / 2
    }
    END {
      printf "%-12s %8s %8s %8s %8s  %s\n", "flavor", "10KB", "100KB", "1MB", "10MB", "max/min"
      split("plain damaged one-line quote-marks entities", fl, " ")
      split("10KB 100KB 1MB 10MB", sz, " ")
      for (i = 1; i <= 5; i++) {
        line = sprintf("%-12s", fl[i]); hi = 0; lo = 0; n = 0
        for (j = 1; j <= 4; j++) {
          c = fl[i] "/" sz[j]
          if (!(c in v)) { line = line sprintf(" %8s", "-"); continue }
          m = median(v[c]); n++
          line = line sprintf(" %8.1f", m)
          if (hi == 0 || m > hi) hi = m
          if (lo == 0 || m < lo) lo = m
        }
        if (n > 0) printf "%s  %.2f\n", line, hi / lo
      }
    }' "$out/$b.txt"
done
