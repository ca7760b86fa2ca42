#!/usr/bin/env python3
"""Compares the header DocCheck parses (number/symbol and issue date) with the metadata the thuvienphapluat
page header gave for the tvpl-2025-tnt305 documents (metadata_origin: tvpl-page-header; the only metadata in
corpus-ext that was not guessed by regex). Usage: python3 bench/accuracy/header-vs-metadata.py [CORPUS_DIR]"""
import json, os, subprocess, sys, unicodedata, collections
corpus = sys.argv[1] if len(sys.argv) > 1 else '../shared/corpus-ext'
repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
subprocess.run(['dotnet', 'build', '-c', 'Release', os.path.join(repo, 'src/DocCheck.Cli'), '-v', 'q', '-nologo'], check=True, stdout=subprocess.DEVNULL)
dll = os.path.join(repo, 'src/DocCheck.Cli/bin/Release/net10.0/doccheck.dll')
src = os.path.join(corpus, 'tvpl-2025-tnt305')
out = subprocess.run(['dotnet', dll, 'parse', src, '--format', 'json'], capture_output=True, check=False).stdout
docs = {os.path.basename(d['file']): d for d in json.loads(out)['documents']}
norm = lambda s: unicodedata.normalize('NFC', s).replace('\u00d0', 'Đ').upper() if s else s
stats = collections.Counter(); misses = []
for line in open(os.path.join(src, 'metadata.jsonl'), encoding='utf-8'):
    m = json.loads(line)
    if m.get('metadata_origin') != 'tvpl-page-header' or not m.get('number_symbol') or m['file'] not in docs:
        continue
    h = docs[m['file']]['parts'][0]['header']
    n = h['number']
    got = None
    if n:
        got = (n['number'] or '') + ('-' if n['symbol'].count('/') == 1 and n['year'] is None and '-' not in n['symbol'].split('/')[0] and n['typeCode'] and not n['symbol'].startswith(n['typeCode'] + '-') else '/') + (str(n['year']) + '/' if n['year'] else '') + n['symbol']
    stats['documents'] += 1
    if got and norm(got) == norm(m['number_symbol']): stats['number right'] += 1
    else: misses.append(('number', m['file'], m['number_symbol'], got))
    pd = h['placeDate']
    if pd and pd['date'] == m.get('issue_date'): stats['date right'] += 1
    else: misses.append(('date', m['file'], m.get('issue_date'), pd and pd['text']))
print(dict(stats))
for x in misses: print(*x, sep='\t')
