#!/usr/bin/env bash
# Performance changes must not change what DocCheck finds. Saves, or compares against, the outputs of the current
# build on: lint of corpus/ (JSON), citations of corpus-ext + corpus (CSV), lint of corpus-ext (JSON), and lint and
# parse of a small generated corpus (JSON).
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
if [ "$SAVE" = 1 ]; then mkdir -p "$DIR"; cp "$WORK"/out/* "$DIR"/; echo "saved in $DIR"; exit 0; fi
status=0
for f in "$WORK"/out/*; do
  if cmp -s "$f" "$DIR/$(basename "$f")"; then echo "identical: $(basename "$f")"
  else echo "DIFFERS: $(basename "$f")"; diff <(tr ',' '\n' < "$DIR/$(basename "$f")") <(tr ',' '\n' < "$f") | head -20; status=1; fi
done
exit $status
