#!/usr/bin/env bash
# The judged query set in one command: indexes corpus-ext's tvpl-2025, Công báo and provincial-decision folders
# (839 documents) with the working tree's CLI, then runs bench/search/judged.tsv on Lucene.Net and on the FTS5
# search of before, on the tuning part, the held-out part and all.
#
#   bash bench/search/judge.sh [--work DIR] [--misses]
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
EXT="$(dirname "$REPO")/shared/corpus-ext"
WORK=/tmp/doccheck-judge; MISSES=0
while [ $# -gt 0 ]; do case "$1" in --work) WORK="$2"; shift 2;; --misses) MISSES=1; shift;; *) echo "unknown option $1" >&2; exit 2;; esac; done
[ -d "$EXT" ] || { echo "judge: $EXT not found (the judged set is over corpus-ext)" >&2; exit 2; }
mkdir -p "$WORK"
nice -n 5 dotnet publish "$REPO/src/DocCheck.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$WORK/cli" >"$WORK/build.log" 2>&1
nice -n 5 dotnet build "$REPO/bench/DocCheck.Bench" -c Release -o "$WORK/bench" >>"$WORK/build.log" 2>&1
rm -rf "$WORK/c.db" "$WORK/c.db-wal" "$WORK/c.db-shm" "$WORK/c.search" "$WORK/c.db.fts5-baseline"
CI=1 "$WORK/cli/doccheck" index "$EXT/tvpl-2025-tnt305" "$EXT/congbao-central-hrmaster" "$EXT/readability-legal-ws-nguyenquocbao97" --db "$WORK/c.db" >&2
for split in tune held-out all; do
  echo "### $split"
  args=(judge --db "$WORK/c.db" --queries "$REPO/bench/search/judged.tsv" --split "$split")
  [ "$MISSES" = 1 ] && args+=(--misses "$WORK/misses-$split.tsv")
  dotnet "$WORK/bench/DocCheck.Bench.dll" "${args[@]}"
done
