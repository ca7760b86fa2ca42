#!/usr/bin/env python3
"""Split the real-defect set of issue 21 (corpus/defects/) into a tuning part and a fifth held out.

  python3 bench/accuracy/defects-split.py > corpus/defects/split.tsv

Run once, before any rule was written for it (seed 20261208). Versions of one paper (a .docx draft and its PDF
text, "vbaidoc-0175_Du-thao-Quyet-dinh-sap-nhap-Hoi-TTTS…" and "vbai-0176_Quyet-dinh-sap-nhap-Hoi-TTTS…") share a part:
documents whose file names share most of their words are one family.
"""
import csv, os, random, re, sys
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'corpus', 'defects')
rows = list(csv.DictReader(open(os.path.join(here, 'drawn-defects-20261206.tsv'), encoding='utf-8'), delimiter='\t'))
def words(path):
    stem = re.sub(r'^[a-z]+-\d+_', '', os.path.splitext(os.path.basename(path))[0].lower())
    # Words of the title only: numbers and codes (2025, qd, ubnd) are shared by unrelated papers.
    return {w for w in re.split(r'[-_.\s]+', stem) if w.isalpha() and len(w) >= 3 and w not in ('ubnd', 'tnt', 'cchc', 'snv', 'stp', 'du', 'thao', 'signed', 's', 'tinh', 'lam', 'do', 'dong', 'to', 'trinh', 'quyet', 'dinh', 've', 'viec')}
def similar(a, b):
    wa, wb = words(a), words(b)
    return len(wa) >= 2 and len(wb) >= 2 and len(wa & wb) / len(wa | wb) >= 0.6
family = list(range(len(rows)))
def find(i):
    while family[i] != i: i = family[i]
    return i
for i in range(len(rows)):
    for j in range(i):
        if similar(rows[i]['path'], rows[j]['path']): family[find(i)] = find(j)
fams = sorted({find(i) for i in range(len(rows))})
rng = random.Random(20261208)
rng.shuffle(fams)
held, n = set(), 0
for f in fams:
    if n >= round(len(rows) / 5): break
    members = [i for i in range(len(rows)) if find(i) == f]
    held.update(members); n += len(members)
w = csv.writer(sys.stdout, delimiter='\t', lineterminator='\n')
w.writerow(['path', 'part', 'family'])
for i, r in enumerate(rows):
    w.writerow([r['path'], 'heldout' if i in held else 'tuning', os.path.basename(rows[find(i)]['path'])])
