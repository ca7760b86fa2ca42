#!/usr/bin/env python3
"""Plant date defects in the plans of corpus-ext and in the seeds, and count how many a build reports (issue 20).

Two kinds of plant, one per copy of a file, found by regular expressions of their own (not by DocCheck's extractor):
  deadline  a year after a time cue ("Thời gian …:", "hoàn thành", "trước ngày", "chậm nhất", "trong năm|quý|tháng",
            a line opening with "tháng"/"quý") moved six years on — DC3003 must report that line;
  date      a later mention of a number cited twice gets another month, or a date when it had none — DC2001 must
            report the number.
Plans: the tuning part of corpus/heldout/plans-reports.tsv (never the held-out part) in .txt, and the five seeds.
Not every plant is a defect DocCheck can see: a plant in the header date, in a cited instrument's date or in an
orientation range is no deadline; the script lists the plants missed so that they can be read.

Usage (from the repository root):
    python3 bench/accuracy/plant-dates.py make /tmp/plants          # writes /tmp/plants/{deadline,date}/*.txt
    doccheck lint /tmp/plants/deadline --format json -o /tmp/plants/deadline.json
    doccheck lint /tmp/plants/date --format json -o /tmp/plants/date.json
    python3 bench/accuracy/plant-dates.py score /tmp/plants [--missed]
"""
import json, os, re, sys

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
EXT = os.path.join(ROOT, '..', 'shared', 'corpus-ext')

CUE = re.compile(r'(?i)(thời gian[^:\n]{0,30}:|thời hạn[^:\n]{0,30}:|hoàn thành|trước ngày|chậm nhất|\btrong (?:năm|quý|tháng)|^\s*[-+]?\s*(?:tháng|quý)\s)([^\n]{0,40}?)\b((?:19|20)\d\d)\b')
NUM = re.compile(r'(?<![\w/])(\d{1,5}[a-z]?(?:/(?:19|20)\d\d)?/[A-ZĐ][A-Za-zĐđ]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*)+|\d{1,5}-[A-Za-z]{1,4}/[A-Z]{1,6})(?![\w/-])')
DATE = re.compile(r'ngày\s*(\d{1,2})\s*(?:/|-|tháng\s+)(\d{1,2})\s*(?:/|-|\s+năm\s+)((?:19|20)\d\d)')


def plans():
    rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(ROOT, 'corpus', 'heldout', 'plans-reports.tsv'), encoding='utf-8')][1:]
    files = [os.path.join(EXT, r[0]) for r in rows if r[2] != 'heldout' and r[0].endswith('.txt')
             and r[1] in ('Kế hoạch', 'Chương trình', 'Đề án', 'Quyết định')]
    files += [os.path.join(ROOT, 'corpus', f) for f in sorted(os.listdir(os.path.join(ROOT, 'corpus'))) if f.endswith('.txt')]
    return [f for f in files if os.path.exists(f)]


def make(out):
    plants = {'deadline': [], 'date': []}
    for kind in plants:
        os.makedirs(os.path.join(out, kind), exist_ok=True)
        for f in os.listdir(os.path.join(out, kind)): os.remove(os.path.join(out, kind, f))
    for path in plans():
        text = open(path, encoding='utf-8').read()
        base = os.path.basename(path)[:-4]
        lines = text.split('\n')
        n = 0
        for i, line in enumerate(lines):
            if line.lstrip().startswith('Căn cứ'): continue
            for m in CUE.finditer(line):
                if re.search(r'(số|/)[^\s]*\s*ngày\s*\d{1,2}[/-]\d{1,2}[/-]$', line[max(0, m.start(3) - 40):m.start(3)]): continue
                copy = lines[:]
                copy[i] = line[:m.start(3)] + str(int(m.group(3)) + 6) + line[m.end(3):]
                name = f'{base}__L{i + 1}__{n}.txt'; n += 1
                open(os.path.join(out, 'deadline', name), 'w', encoding='utf-8').write('\n'.join(copy))
                plants['deadline'].append({'file': name, 'line': i + 1, 'year': int(m.group(3)) + 6, 'text': line.strip()[:160]})
        seen = {}
        for m in NUM.finditer(text): seen.setdefault(m.group(1), []).append(m)
        n = 0
        for key, ms in seen.items():
            first = None
            for m in ms:
                d = DATE.search(text, m.end(), m.end() + 60)
                if d and d.start() - m.end() > 12: d = None
                if first is None:
                    first = d
                    continue
                if d:
                    day, month = min(int(d.group(1)), 28), int(d.group(2)) % 12 + 1
                    new = text[:d.start(1)] + f'{day:02d}' + text[d.end(1):d.start(2)] + str(month) + text[d.end(2):]
                else:
                    new = text[:m.end()] + f' ngày 15/{int(first.group(2)) % 12 + 1}/{first.group(3)}' + text[m.end():]
                name = f'{base}__{n}.txt'; n += 1
                open(os.path.join(out, 'date', name), 'w', encoding='utf-8').write(new)
                plants['date'].append({'file': name, 'key': key, 'changed': bool(d), 'text': text[m.start():m.end() + 60].replace('\n', ' ')})
                break
    json.dump(plants, open(os.path.join(out, 'plants.json'), 'w', encoding='utf-8'), ensure_ascii=False)
    print(f"{len(plants['deadline'])} deadline plants, {len(plants['date'])} date plants in {len(plans())} files")


def findings(path, rule):
    d = json.load(open(path, encoding='utf-8'))
    return {f['file'].replace('\\', '/').split('/')[-1]: [x for x in f['findings'] if x['ruleId'] == rule] for f in d['files']}


def score(out, missed):
    plants = json.load(open(os.path.join(out, 'plants.json'), encoding='utf-8'))
    dl = findings(os.path.join(out, 'deadline.json'), 'DC3003')
    got = [p for p in plants['deadline'] if any(x['line'] == p['line'] and str(p['year']) in x['text'] for x in dl.get(p['file'], []))]
    print(f"DC3003: {len(got)} of {len(plants['deadline'])} planted deadlines reported")
    if missed:
        for p in plants['deadline']:
            if p not in got: print('  missed', p['file'], '|', p['text'])
    dt = findings(os.path.join(out, 'date.json'), 'DC2001')
    got = [p for p in plants['date'] if any(p['key'] in x['message'].replace('QĐ-TTG', 'QĐ-TTg') or p['key'].split('/')[0] + '/' in x['message'] for x in dt.get(p['file'], []))]
    print(f"DC2001: {len(got)} of {len(plants['date'])} planted second dates reported")
    if missed:
        for p in plants['date']:
            if p not in got: print('  missed', p['file'], '|', p['text'])


if __name__ == '__main__':
    if len(sys.argv) < 3 or sys.argv[1] not in ('make', 'score'):
        print(__doc__); sys.exit(2)
    if sys.argv[1] == 'make': make(sys.argv[2])
    else: score(sys.argv[2], '--missed' in sys.argv)
