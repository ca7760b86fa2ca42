#!/usr/bin/env python3
"""Lint findings against the real-defect set read by hand (issue 21).

  python3 bench/accuracy/defects-gold.py [--part tuning|heldout|all] [--doccheck CMD] [--show] [--sets DIR,DIR]

Recall: a recorded defect (corpus/defects/<stem>.tsv, see its README) is reported when a finding of a rule that
reports its kind (KIND_RULES) starts within one line of it. Precision: every warning- and error-level finding on the
same documents is true when it is at a recorded defect (any kind), or when corpus/defects/judged-findings.tsv (file
stem, line, rule, verdict true/false, note: findings read by hand) says so; the rest are listed as unread and
counted apart. --part picks the part of corpus/defects/split.tsv; --sets adds other folders of defect lists in the
same format (corpus/heldout/defects, corpus/heldout/tuning-defects: the plans and reports of issue 20).
"""
import csv, json, os, subprocess, sys, collections
opts = sys.argv[1:]
def opt(name, default):
    return opts[opts.index(name) + 1] if name in opts else default
part = opt('--part', 'all')
doccheck = opt('--doccheck', os.environ.get('DOCCHECK', 'dotnet run -c Release --project src/DocCheck.Cli --'))
show = '--show' in opts
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
ext = os.path.join(root, '..', 'shared', 'corpus-ext')
if not os.path.isdir(ext):
    print('../shared/corpus-ext is not here; nothing to measure'); sys.exit(0)
by_stem = {}
for r in csv.DictReader(open(os.path.join(ext, 'index.csv'), encoding='utf-8')):
    by_stem[os.path.splitext(os.path.basename(r['path']))[0]] = os.path.join(ext, r['path'])

# Which rules report which kind. A rule added for a kind is added here with it.
KIND_RULES = {
    'blank-number': {'DC1001', 'DC5003', 'DC1010', 'DC1011'},
    'blank-date': {'DC1002', 'DC5003', 'DC1010', 'DC1011'},
    'self-reference': {'DC1009', 'DC2001', 'DC1010', 'DC1011'},
    'glued-number': {'DC2007', 'DC3001', 'DC3005'},
    'broken-symbol': {'DC2010'},
    'wrong-separator': {'DC2010', 'DC1008', 'DC3005'},
    'wrong-issuer': {'DC2005'},
    'law-name': {'DC2012'},
    'cited-after': {'DC2003'},
    'date-conflict': {'DC2001', 'DC2002', 'DC2008'},
    'date-outside-period': {'DC3002', 'DC3003'},
    'numbering': {'DC1005'},
    'total-mismatch': {'DC4001', 'DC4006', 'DC4008'},
    'misspelling': {'DC5002', 'DC5004', 'DC5006', 'DC2012'},
    'other': set(),  # any rule at the place
}

split = {os.path.splitext(os.path.basename(r['path']))[0]: r['part']
         for r in csv.DictReader(open(os.path.join(root, 'corpus', 'defects', 'split.tsv'), encoding='utf-8'), delimiter='\t')}
dirs = [(os.path.join(root, 'corpus', 'defects'), True)] + [(os.path.join(root, d), False) for d in opt('--sets', '').split(',') if d]
gold = {}
for d, is_split in dirs:
    for f in sorted(os.listdir(d)):
        if not f.endswith('.tsv') or f.startswith(('drawn-', 'split', 'judged')): continue
        stem = f[:-4]
        if is_split and part != 'all' and split.get(stem) != part: continue
        rows = list(csv.DictReader(open(os.path.join(d, f), encoding='utf-8'), delimiter='\t'))
        gold[stem] = [(int(r['line']), r['kind'].strip(), r.get('quote') or '') for r in rows if (r.get('line') or '').strip().isdigit()]
judged = {}
jpath = os.path.join(root, 'corpus', 'defects', 'judged-findings.tsv')
if os.path.exists(jpath):
    for r in csv.DictReader(open(jpath, encoding='utf-8'), delimiter='\t'):
        judged[(r['stem'], int(r['line']), r['rule'])] = r['verdict'].strip() == 'true'
# The readers give the line parse --text shows, where a paragraph starts; a PDF text breaks a paragraph over several
# source lines, and lint gives the line of the finding itself. The quote is looked for in the source from that line
# on (spaces and line breaks alike), and its own line used.
import re
def place(path, line, quote):
    if not path.endswith('.txt') or not quote.strip(): return line
    lines = open(path, encoding='utf-8', errors='replace').read().split('\n')
    start = sum(len(l) + 1 for l in lines[:max(0, line - 1)])
    text = '\n'.join(lines)
    words = [re.escape(w) for w in quote.replace('…', ' ').replace('...', ' ').split()]
    if not words: return line
    m = re.compile(r'\s+'.join(words)).search(text, start, start + 20000)
    return text.count('\n', 0, m.start()) + 1 if m else line
for stem in gold:
    gold[stem] = [(place(by_stem[stem], l, q), k, q) for l, k, q in gold[stem]]
paths = [by_stem[s] for s in gold]
out = subprocess.run(doccheck.split() + ['lint', *paths, '--format', 'json'], capture_output=True, text=True, cwd=root)
data = json.loads(out.stdout)
found = collections.defaultdict(list)
for f in data['files']:
    stem = os.path.splitext(os.path.basename(f['file']))[0]
    for x in f['findings']: found[stem].append((x['line'], x['ruleId'], x['level'], x['message']))

tot = collections.Counter()
per_kind = collections.defaultdict(collections.Counter)
misses, unread, false = [], [], []
for stem, g in gold.items():
    fs = found.get(stem, [])
    for line, kind, quote in g:
        rules = KIND_RULES.get(kind, set())
        hit = any(abs(fl - line) <= 1 and (not rules or rule in rules) for fl, rule, _, _ in fs)
        tot['defects'] += 1; tot['reported'] += hit
        per_kind[kind]['n'] += 1; per_kind[kind]['hit'] += hit
        if not hit: misses.append((stem, line, kind, quote))
    for fl, rule, level, msg in fs:
        if level not in ('warning', 'error'): continue
        tot['findings'] += 1
        if any(abs(fl - gl) <= 1 for gl, _, _ in g): tot['true'] += 1
        elif (stem, fl, rule) in judged:
            tot['true' if judged[(stem, fl, rule)] else 'false'] += 1
            if not judged[(stem, fl, rule)]: false.append((stem, fl, rule, msg))
        else:
            tot['unread'] += 1; unread.append((stem, fl, rule, level, msg))
print(f"documents {len(gold)} ({part}); recorded defects {tot['defects']}, reported at their place {tot['reported']} ({tot['reported'] / max(1, tot['defects']):.3f})")
print(f"warning/error findings {tot['findings']}: true {tot['true']}, false {tot['false']}, not yet read {tot['unread']}"
      + (f"; precision of those read {tot['true'] / max(1, tot['true'] + tot['false']):.3f}" if tot['findings'] else ''))
for kind, c in sorted(per_kind.items(), key=lambda kv: -kv[1]['n']):
    print(f"  {kind:20} {c['hit']:3} / {c['n']:3}")
if show:
    for m in misses: print('MISS', *m, sep='\t')
    for u in unread: print('UNREAD', *u, sep='\t')
    for u in false: print('FALSE', *u, sep='\t')
