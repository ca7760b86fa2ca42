#!/usr/bin/env bash
# Throughput of two builds in one run, interleaved (A B A B …) so that both see the same machine: a change that must
# not slow DocCheck down is measured against the commit before it.
#
#   bash bench/compare-builds.sh BASE_REF [--runs N] [--work DIR]
#
# Builds BASE_REF (in a temporary git worktree) and the working tree: the CLI published ReadyToRun and DocCheck.Bench.
# Then, N times each, alternating: `DocCheck.Bench throughput` on real text (corpus + corpus-ext .txt/.md; MB/s on one
# core and on all), `doccheck lint` of corpus-ext (whole process, seconds) and `doccheck index` of 1,000 generated
# documents into a new database (whole process, seconds). Prints the medians side by side.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
EXT="$(dirname "$REPO")/shared/corpus-ext"
BASE="${1:?usage: compare-builds.sh BASE_REF [--runs N] [--work DIR]}"; shift
RUNS=3; WORK=/tmp/doccheck-compare
while [ $# -gt 0 ]; do case "$1" in --runs) RUNS="$2"; shift 2;; --work) WORK="$2"; shift 2;; *) echo "unknown option $1" >&2; exit 2;; esac; done
mkdir -p "$WORK"
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
build() { # build SRC OUT
  nice -n 10 dotnet publish "$1/src/DocCheck.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$2/cli" >"$2/build.log" 2>&1
  nice -n 10 dotnet build "$1/bench/DocCheck.Bench" -c Release -o "$2/bench" >>"$2/build.log" 2>&1
}
rm -rf "$WORK/a" "$WORK/b" "$WORK/base-src"; mkdir -p "$WORK/a" "$WORK/b"
git -C "$REPO" worktree add --detach "$WORK/base-src" "$BASE" >/dev/null 2>&1
trap 'git -C "$REPO" worktree remove --force "$WORK/base-src" >/dev/null 2>&1 || true' EXIT
echo "building $BASE and the working tree" >&2
build "$WORK/base-src" "$WORK/a"
build "$REPO" "$WORK/b"
GEN="$WORK/gen-1000"
[ -f "$GEN/.done" ] || { rm -rf "$GEN"; python3 "$REPO/bench/gen-corpus.py" "$GEN" --docs 1000 --seed 1 --ext "$EXT" >&2; touch "$GEN/.done"; }
secs() { local s; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; awk -v ns=$(( $(date +%s%N) - s )) 'BEGIN {printf "%.2f\n", ns/1e9}'; }
for side in a b; do : > "$WORK/$side.one"; : > "$WORK/$side.all"; : > "$WORK/$side.lint"; : > "$WORK/$side.index"; done
for i in $(seq "$RUNS"); do
  for side in a b; do
    echo "round $i/$RUNS: $side" >&2
    out=$(nice -n 5 dotnet "$WORK/$side/bench/DocCheck.Bench.dll" throughput --runs 1 "$REPO/corpus" "$EXT")
    awk '$1=="mbps_1core" {print $2}' <<<"$out" >> "$WORK/$side.one"
    awk '$1=="mbps_allcores" {print $2}' <<<"$out" >> "$WORK/$side.all"
    secs nice -n 5 "$WORK/$side/cli/doccheck" lint "$EXT" --format json >> "$WORK/$side.lint"
    rm -rf "$WORK/$side/db"
    CI=1 secs nice -n 5 "$WORK/$side/cli/doccheck" index "$GEN" --db "$WORK/$side/db/corpus.db" >> "$WORK/$side.index"
  done
done
printf '| | %s | working tree |\n|---|---|---|\n' "$BASE"
printf '| extraction + rules, real text, 1 core (MB/s) | %s | %s |\n' "$(median < "$WORK/a.one")" "$(median < "$WORK/b.one")"
printf '| extraction + rules, real text, all cores (MB/s) | %s | %s |\n' "$(median < "$WORK/a.all")" "$(median < "$WORK/b.all")"
printf '| lint corpus-ext, whole process (s) | %s | %s |\n' "$(median < "$WORK/a.lint")" "$(median < "$WORK/b.lint")"
printf '| index 1,000 generated documents, whole process (s) | %s | %s |\n' "$(median < "$WORK/a.index")" "$(median < "$WORK/b.index")"
echo "medians of $RUNS interleaved rounds" >&2
