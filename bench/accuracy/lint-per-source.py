#!/usr/bin/env python3
"""Findings per rule per source of ../shared/corpus-ext, as a Markdown table for docs/ACCURACY.md.

Usage (from the repository root):
    dotnet build -c Release src/DocCheck.Cli
    dotnet src/DocCheck.Cli/bin/Release/net10.0/doccheck.dll lint ../shared/corpus-ext --format json -o /tmp/lint.json
    python3 bench/accuracy/lint-per-source.py /tmp/lint.json
Skips cleanly (exit 0 with a note) when the JSON file is absent.
"""
import collections, json, os, sys

path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/lint.json"
if not os.path.exists(path):
    print(f"no lint output at {path}; run doccheck lint on ../shared/corpus-ext first")
    sys.exit(0)
d = json.load(open(path, encoding="utf-8"))
by = collections.defaultdict(collections.Counter)
files = collections.Counter()
levels = {}
for f in d["files"]:
    p = f["file"].replace("\\", "/")
    src = p.split("corpus-ext/")[1].split("/")[0] if "corpus-ext/" in p else "?"
    if src.endswith(".md"):
        continue
    files[src] += 1
    for x in f["findings"]:
        by[src][x["ruleId"]] += 1
        levels[x["ruleId"]] = x["level"]
rules = sorted({r for c in by.values() for r in c})
print("| source | files | " + " | ".join(rules) + " |")
print("|---|---:|" + "---:|" * len(rules))
for s in sorted(by):
    print(f"| {s} | {files[s]} | " + " | ".join(str(by[s][r]) for r in rules) + " |")
print(f"| **total** | {sum(files.values())} | " + " | ".join(str(sum(by[s][r] for s in by)) for r in rules) + " |")
print("| level | | " + " | ".join(levels[r] for r in rules) + " |")
print(f"\nunreadable files: {len(d['errors'])}; summary: {d['summary']}")
