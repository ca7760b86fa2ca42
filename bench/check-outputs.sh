#!/usr/bin/env bash
# Performance changes must not change what DocCheck finds. Saves, or compares against, the outputs of the current
# build on: lint of corpus/ (JSON), citations of corpus-ext + corpus (CSV), lint of corpus-ext (JSON), and lint and
# parse of a small generated corpus (JSON), and the corpus commands (index, cites, refs, search, conflicts, graph,
# export, lint --db) over an index of corpus/ and corpus-ext.
#
#   bash bench/check-outputs.sh --save DIR     # before the change
#   bash bench/check-outputs.sh DIR            # after: every output byte-identical, or the diff's first lines
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
EXT="$(dirname "$REPO")/shared/corpus-ext"
SAVE=0; [ "${1:-}" = --save ] && { SAVE=1; shift; }
DIR="${1:?usage: check-outputs.sh [--save] DIR}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
GEN=/tmp/doccheck-check-gen-500
[ -f "$GEN/.done" ] || { python3 "$REPO/bench/gen-corpus.py" "$GEN" --docs 500 --seed 1 --ext "$EXT" >&2; touch "$GEN/.done"; }
nice -n 10 dotnet publish "$REPO/src/DocCheck.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$WORK/cli" >/dev/null
C="$WORK/cli/doccheck"
mkdir -p "$WORK/out"
(cd "$REPO" && "$C" lint corpus --format json > "$WORK/out/lint-corpus.json") || true
nice -n 10 "$C" extract "$EXT" "$REPO/corpus" --what citations --format csv > "$WORK/out/cites-ext.csv" || true
nice -n 10 "$C" lint "$EXT" --format json > "$WORK/out/lint-ext.json" || true
nice -n 10 "$C" lint "$GEN" --format json > "$WORK/out/lint-gen500.json" || true
nice -n 10 "$C" parse "$GEN" --format json > "$WORK/out/parse-gen500.json" || true
# The corpus commands over an index of corpus/ and corpus-ext (the summary line's database path is replaced by "DB").
DB="$WORK/db/corpus.db"
CI=1 nice -n 10 "$C" index "$REPO/corpus" "$EXT" --db "$DB" 2>/dev/null | sed "s#$DB#DB#g" > "$WORK/out/index.txt" || true
for q in "61/2018/NĐ-CP" "nd 61/2018" "qđ 225/2016" "Luật Tổ chức chính quyền địa phương"; do
  n=$(printf '%s' "$q" | tr -c 'A-Za-z0-9' '_')
  "$C" cites "$q" --db "$DB" > "$WORK/out/cites-$n.txt" 2>&1 || true
  "$C" cites "$q" --db "$DB" --format json > "$WORK/out/cites-$n.json" 2>&1 || true
  "$C" cites "$q" --db "$DB" --format csv > "$WORK/out/cites-$n.csv" 2>&1 || true
done
"$C" refs "$REPO/corpus/kontum-2018-497-KH-UBND.txt" --db "$DB" > "$WORK/out/refs-kontum.txt" 2>&1 || true
"$C" search "một cửa liên thông" --db "$DB" > "$WORK/out/search-motcua.txt" 2>&1 || true
"$C" search "nghi dinh" --db "$DB" --type QĐ --from 2020 --limit 50 > "$WORK/out/search-nghidinh.txt" 2>&1 || true
"$C" conflicts --db "$DB" > "$WORK/out/conflicts.txt" 2>&1 || true
"$C" conflicts --db "$DB" --format json > "$WORK/out/conflicts.json" 2>&1 || true
"$C" graph --db "$DB" --format csv > "$WORK/out/graph.csv" 2>&1 || true
for t in citations targets findings; do "$C" export "$t" --db "$DB" --format csv > "$WORK/out/export-$t.csv" 2>/dev/null || true; done
# documents: without indexed_at (the time of the run)
"$C" export documents --db "$DB" --format json 2>/dev/null | sed 's/"indexed_at": *"[^"]*"/"indexed_at":""/g' > "$WORK/out/export-documents.json" || true
(cd "$REPO" && "$C" lint corpus --db "$DB" --format json > "$WORK/out/lint-corpus-db.json") || true
# Paths inside the checkout are written "REPO/…", so a copy in another worktree compares equal.
sed -i "s#$REPO/#REPO/#g" "$WORK"/out/*
# KEEP=DIR keeps this run's outputs there too, to read a difference at leisure.
[ -n "${KEEP:-}" ] && { mkdir -p "$KEEP"; cp "$WORK"/out/* "$KEEP"/; }
if [ "$SAVE" = 1 ]; then mkdir -p "$DIR"; cp "$WORK"/out/* "$DIR"/; echo "saved in $DIR"; exit 0; fi
status=0
for f in "$WORK"/out/*; do
  if cmp -s "$f" "$DIR/$(basename "$f")"; then echo "identical: $(basename "$f")"
  else echo "DIFFERS: $(basename "$f")"; diff <(tr ',' '\n' < "$DIR/$(basename "$f")") <(tr ',' '\n' < "$f") | head -20 || true; status=1; fi
done
exit $status
