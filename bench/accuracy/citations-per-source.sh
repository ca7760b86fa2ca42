#!/usr/bin/env bash
# Runs citation extraction over every text document of ../shared/corpus-ext and prints, per source folder,
# how many files were read, how many failed, and how many citations were found (total and by kind).
# Usage: bash bench/accuracy/citations-per-source.sh [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${1:-../shared/corpus-ext}"
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet build -c Release src/DocCheck.Cli -v q -nologo >/dev/null
start=$(date +%s.%N)
set +e
dotnet src/DocCheck.Cli/bin/Release/net10.0/doccheck.dll extract "$corpus" --format csv -o "$out/c.csv" 2> "$out/err.txt"
set -e
end=$(date +%s.%N)
find "$corpus" -mindepth 2 -type f \( -name '*.txt' -o -name '*.md' \) | sed "s|^$corpus/||; s|/.*||" | sort | uniq -c > "$out/files.txt"
python3 - "$out/c.csv" "$out/files.txt" "$out/err.txt" "$corpus" <<'PY'
import csv, sys, collections
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig')))
files = {l.split()[1]: int(l.split()[0]) for l in open(sys.argv[2]) if l.strip()}
errs = [l for l in open(sys.argv[3]) if l.strip()]
corpus = sys.argv[4].rstrip('/') + '/'
by = collections.defaultdict(collections.Counter)
docs = collections.defaultdict(set)
for r in rows:
    src = r['file'].replace(corpus, '').split('/')[0]
    by[src]['all'] += 1; by[src][r['kind']] += 1; docs[src].add(r['file'])
failed = collections.Counter(e.split(': ')[0].replace('doccheck: ', '').replace(corpus, '').split('/')[0] for e in errs)
kinds = ['Normative', 'Joint', 'NationalAssembly', 'StandingCommittee', 'Administrative', 'OfficialLetter', 'Party', 'NamedLaw', 'Standard']
print('| source | files | failed | files with citations | citations | ' + ' | '.join(kinds) + ' |')
print('|---|' + '---|' * (4 + len(kinds)))
tot = collections.Counter()
for src in sorted(files):
    c = by[src]
    print(f"| {src} | {files[src]} | {failed[src]} | {len(docs[src])} | {c['all']} | " + ' | '.join(str(c[k]) for k in kinds) + ' |')
    tot['files'] += files[src]; tot['failed'] += failed[src]; tot['docs'] += len(docs[src]); tot['all'] += c['all']
    for k in kinds: tot[k] += c[k]
print(f"| **all** | {tot['files']} | {tot['failed']} | {tot['docs']} | {tot['all']} | " + ' | '.join(str(tot[k]) for k in kinds) + ' |')
for e in errs: print('error:', e.strip())
PY
echo "wall time: $(echo "$end - $start" | bc) s"
