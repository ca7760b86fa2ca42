#!/usr/bin/env python3
"""Draw documents of ../shared/corpus-ext that nothing in the repository has used yet (issues 20 and 21).

  python3 bench/accuracy/draw-unseen.py citations 20261205 10 > corpus/heldout/fourth-citations/drawn-citations-20261205.tsv
  python3 bench/accuracy/draw-unseen.py defects 20261206 50 > corpus/defects/drawn-defects-20261206.tsv
  python3 bench/accuracy/draw-unseen.py citations 20261207 12 > corpus/heldout/fifth-citations/drawn-citations-20261207.tsv
(lists drawn by this script are not counted as "used" by their grep; DRAWS below says which earlier draws each excludes).

"Used" = the file's stem is a file name or appears in a file anywhere under corpus/, tests/, bench/ or docs/ (gold lists, labels, planted
plans, spec cases, test names). Official texts and working papers only (not Q&A articles, not word-segmented
texts), 2–40 KB, so that a person can read each in full. citations: decisions, resolutions, notices, Công văn, Tờ
trình, Quy định. defects: plans, reports, decisions, drafts and Tờ trình, at most 6 per source province so that
several provinces are read. A set drawn earlier is excluded from a later draw because it is then named in corpus/.
"""
import csv, os, random, re, subprocess, sys, collections
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
ext = os.path.join(root, '..', 'shared', 'corpus-ext')
what, seed, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rows = list(csv.DictReader(open(os.path.join(ext, 'index.csv'), encoding='utf-8')))
# Draws made with this script, in order; each excludes the ones before it (and none after, so it can be redone).
DRAWS = [('citations', 20261205, 'corpus/heldout/fourth-citations/drawn-citations-20261205.tsv'),
         ('defects', 20261206, 'corpus/defects/drawn-defects-20261206.tsv'),
         ('citations', 20261207, 'corpus/heldout/fifth-citations/drawn-citations-20261207.tsv'),
         ('citations', 20261209, 'corpus/heldout/sixth-citations/drawn-citations-20261209.tsv'),
         ('citations', 20261211, 'corpus/heldout/seventh-citations/drawn-citations-20261211.tsv'),
         ('citations', 20261213, 'corpus/heldout/eighth-citations/drawn-citations-20261213.tsv'),
         ('defects', 20261214, 'corpus/defects-heldout2/drawn-defects-20261214.tsv')]
# The folders of these draws (their lists and the gold read from them) are not "used": DRAWS orders them instead.
draw_dirs = {os.path.dirname(p_) for _, _, p_ in DRAWS}
# The split of issue 20 names every plan and report; its tuning part is fair game for the defect set unless used elsewhere.
text = subprocess.run(['grep', '-rhoE', '--exclude=plans-reports.tsv', *[f'--exclude-dir={os.path.basename(d)}' for d in draw_dirs], r'[a-z]+-[0-9]{4}_[^ \t/"\x27,)]+', 'corpus', 'tests', 'bench', 'docs'],
                      cwd=root, capture_output=True, text=True).stdout
names = [f for d in ('corpus', 'tests', 'bench', 'docs') for dp, _, fs in os.walk(os.path.join(root, d))
         if os.path.relpath(dp, root) not in draw_dirs for f in fs]
used = {re.sub(r'\.(txt|docx|html|md|tsv)$', '', s) for s in text.split() + names}
for w_, s_, p_ in DRAWS:
    if (w_, s_) == (what, seed): break
    for r in csv.DictReader(open(os.path.join(root, p_), encoding='utf-8'), delimiter='\t'):
        used.add(os.path.splitext(os.path.basename(r['path']))[0])
for r in csv.DictReader(open(os.path.join(root, 'corpus', 'heldout', 'plans-reports.tsv'), encoding='utf-8'), delimiter='\t'):
    if r['part'] == 'heldout': used.add(os.path.splitext(os.path.basename(r['path']))[0])
def stem(r): return os.path.splitext(os.path.basename(r['path']))[0]
TYPES = {'citations': {'Quyết định', 'Nghị quyết', 'Thông báo', 'Công văn', 'Tờ trình', 'Quy định', 'Chỉ thị', 'Hướng dẫn'},
         'defects': {'Kế hoạch', 'Báo cáo', 'Chương trình', 'Đề án', 'Quyết định', 'Tờ trình', 'Thông báo', 'Hướng dẫn', ''}}[what]
pool = sorted((r for r in rows if (r['kind'].startswith('official') and 'word-segmented' not in r['kind'])
               and r['format'] in ('txt', 'docx', 'html', 'md') and r['type'] in TYPES
               and 2000 <= int(r['bytes'] or 0) <= 40000 and stem(r) not in used
               and not any(stem(r).startswith(u) or u.startswith(stem(r)) for u in used if len(u) > 12)),
              key=lambda r: r['path'])
rng = random.Random(seed)
rng.shuffle(pool)
out, per = [], collections.Counter()
for r in pool:
    where = r['issuer'] or r['source']
    if what == 'defects' and per[where] >= 6: continue
    per[where] += 1
    out.append(r)
    if len(out) == n: break
w = csv.writer(sys.stdout, delimiter='\t', lineterminator='\n')
w.writerow(['path', 'type', 'issuer', 'bytes'])
for r in sorted(out, key=lambda r: r['path']): w.writerow([r['path'], r['type'], r['issuer'], r['bytes']])
