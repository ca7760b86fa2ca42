#!/usr/bin/env python3
"""Builds a large benchmark corpus from real Vietnamese official text, reproducibly.

    python3 bench/gen-corpus.py OUT_DIR --docs 10000 [--seed 1] [--ext ../shared/corpus-ext]

Sources: the seed documents in corpus/*.txt and every .txt/.md under the corpus-ext folder. Each source is cut into
paragraphs (blank-line separated; long blocks without blank lines are cut every few lines). A generated document
takes the header (first lines) and the signature block (last lines) of one real document, and between them runs of
consecutive paragraphs drawn from random sources, until it reaches a size drawn from the real size distribution
(capped at 64 KB). Numbers and dates are varied per document: day/month/year of dates, years, document numbers and
plain numbers, so citations and targets differ from one document to the next.

The output depends only on the seed, the document count and the source files (listed in sorted order). Generated
corpora hold corpus-ext text: write them outside the repository (e.g. /tmp) and never commit them.
"""
import argparse
import os
import random
import re
import sys

HEADER_LINES = 14
TAIL_LINES = 10
MAX_DOC = 64 * 1024
MIN_DOC = 2 * 1024

DATE = re.compile(r'\b(\d{1,2})([/\-.])(\d{1,2})\2((?:19|20)\d{2})\b')
DATE_WORDS = re.compile(r'(ngày\s+)(\d{1,2})(\s+tháng\s+)(\d{1,2})(\s+năm\s+)((?:19|20)\d{2})', re.IGNORECASE)
NUM_SYMBOL = re.compile(r'\b(\d{1,5})(/(?:(?:19|20)\d{2}/)?[A-ZĐ][A-ZĐa-zđ\-]*)')
YEAR = re.compile(r'\b(20[0-2]\d)\b')
PLAIN = re.compile(r'(?<![\d/.,])(\d{2,4})(?![\d/])')


def sources(repo, ext):
    files = []
    for name in sorted(os.listdir(os.path.join(repo, 'corpus'))):
        if name.endswith('.txt'):
            files.append(os.path.join(repo, 'corpus', name))
    if ext and os.path.isdir(ext):
        for root, dirs, names in os.walk(ext):
            dirs.sort()
            for name in sorted(names):
                if name.endswith(('.txt', '.md')) and name != 'SOURCES.md':
                    files.append(os.path.join(root, name))
    return files


def paragraphs(text):
    out = []
    for block in re.split(r'\n\s*\n', text):
        block = block.strip('\n')
        if not block.strip():
            continue
        if len(block) <= 4000:
            out.append(block)
            continue
        lines = block.split('\n')
        for i in range(0, len(lines), 6):
            chunk = '\n'.join(lines[i:i + 6])
            if chunk.strip():
                out.append(chunk)
    return out


def vary(text, rng):
    shift = rng.randint(-6, 6)

    def year(y):
        return max(1990, min(2035, y + shift))

    def date(m):
        d, mo = int(m.group(1)), int(m.group(3))
        if rng.random() < 0.5:
            d, mo = rng.randint(1, 28), rng.randint(1, 12)
        return f"{d:02d}{m.group(2)}{mo:02d}{m.group(2)}{year(int(m.group(4)))}"

    def date_words(m):
        return f"{m.group(1)}{rng.randint(1, 28)}{m.group(3)}{rng.randint(1, 12)}{m.group(5)}{year(int(m.group(6)))}"

    def num_symbol(m):
        return (str(rng.randint(1, 2999)) if rng.random() < 0.5 else m.group(1)) + m.group(2)

    def plain(m):
        v = m.group(1)
        if rng.random() < 0.7:
            return v
        return str(rng.randint(10 ** (len(v) - 1), 10 ** len(v) - 1))

    text = DATE.sub(date, text)
    text = DATE_WORDS.sub(date_words, text)
    text = NUM_SYMBOL.sub(num_symbol, text)
    text = YEAR.sub(lambda m: str(year(int(m.group(1)))), text)
    return PLAIN.sub(plain, text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('out')
    ap.add_argument('--docs', type=int, default=10000)
    ap.add_argument('--seed', type=int, default=1)
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument('--ext', default=os.path.join(os.path.dirname(repo), 'shared', 'corpus-ext'))
    args = ap.parse_args()

    real = os.path.realpath(args.out)
    if real == repo or real.startswith(repo + os.sep):
        sys.exit(f"{args.out}: generated corpora hold corpus-ext text and must not go inside the repository")

    docs, pool, sizes = [], [], []
    for path in sources(repo, args.ext):
        try:
            with open(path, encoding='utf-8-sig') as f:
                text = f.read()
        except (UnicodeDecodeError, OSError):
            continue
        if len(text) < 500:
            continue
        lines = text.split('\n')
        paras = paragraphs(text)
        if len(paras) < 3:
            continue
        docs.append(('\n'.join(lines[:HEADER_LINES]), '\n'.join(lines[-TAIL_LINES:])))
        pool.append(paras)
        sizes.append(max(MIN_DOC, min(MAX_DOC, len(text.encode('utf-8')))))
    if not docs:
        sys.exit('no source documents found')

    os.makedirs(args.out, exist_ok=True)
    total = 0
    for i in range(args.docs):
        rng = random.Random(args.seed * 1_000_003 + i)
        t = rng.randrange(len(docs))
        head, tail = docs[t]
        target = sizes[rng.randrange(len(sizes))]
        parts, size = [head], len(head.encode('utf-8'))
        while size < target:
            src = pool[rng.randrange(len(pool))]
            start = rng.randrange(len(src))
            for p in src[start:start + rng.randint(2, 8)]:
                parts.append(p)
                size += len(p.encode('utf-8')) + 2
                if size >= target:
                    break
        parts.append(tail)
        text = vary('\n\n'.join(parts), rng) + '\n'
        folder = os.path.join(args.out, f"{i // 1000:03d}")
        if i % 1000 == 0:
            os.makedirs(folder, exist_ok=True)
        data = text.encode('utf-8')
        with open(os.path.join(folder, f"doc-{i:06d}.txt"), 'wb') as f:
            f.write(data)
        total += len(data)
    print(f"{args.docs} documents, {total / 1e6:.1f} MB, from {len(docs)} sources, seed {args.seed}: {args.out}")


if __name__ == '__main__':
    main()
