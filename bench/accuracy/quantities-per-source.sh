#!/usr/bin/env bash
# Counts dates (by kind) and quantities (by kind and role) found in every text document of ../shared/corpus-ext,
# per source folder. Usage: bash bench/accuracy/quantities-per-source.sh [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${1:-../shared/corpus-ext}"
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet build -c Release src/DocCheck.Cli -v q -nologo >/dev/null
dll=src/DocCheck.Cli/bin/Release/net10.0/doccheck.dll
set +e
dotnet "$dll" extract "$corpus" --what dates --format csv -o "$out/d.csv" 2> "$out/err1.txt"
dotnet "$dll" extract "$corpus" --what targets --format csv -o "$out/q.csv" 2> "$out/err2.txt"
set -e
python3 - "$out/d.csv" "$out/q.csv" "$corpus" <<'PY'
import csv, sys, collections
corpus = sys.argv[3].rstrip('/') + '/'
src = lambda f: f.replace(corpus, '').split('/')[0]
d = collections.defaultdict(collections.Counter); q = collections.defaultdict(collections.Counter)
for r in csv.DictReader(open(sys.argv[1], encoding='utf-8-sig')):
    s = src(r['file']);
    if '.' in s: continue
    d[s][r['kind']] += 1; d[s]['invalid'] += r['valid'] == 'False'
for r in csv.DictReader(open(sys.argv[2], encoding='utf-8-sig')):
    s = src(r['file'])
    if '.' in s: continue
    q[s][r['kind']] += 1; q[s]['role:' + r['role']] += 1
dk = ['Day', 'Month', 'Quarter', 'HalfYear', 'Year', 'YearRange', 'Recurring', 'invalid']
qk = ['Percentage', 'Score', 'Rank', 'Count', 'Money', 'Duration', 'role:Target', 'role:Baseline', 'role:Requirement']
print('| source | ' + ' | '.join(dk) + ' |'); print('|---|' + '---|' * len(dk))
for s in sorted(d): print(f'| {s} | ' + ' | '.join(str(d[s][k]) for k in dk) + ' |')
print(); print('| source | ' + ' | '.join(k.replace('role:', '') for k in qk) + ' |'); print('|---|' + '---|' * len(qk))
for s in sorted(q): print(f'| {s} | ' + ' | '.join(str(q[s][k]) for k in qk) + ' |')
PY
cat "$out/err1.txt" "$out/err2.txt"
