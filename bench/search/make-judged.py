#!/usr/bin/env python3
"""Writes judged.tsv, the judged query set of bench/search (see README.md there).

    python3 bench/search/make-judged.py DB [--ext ../shared/corpus-ext] > bench/search/judged.tsv

DB is a corpus indexed from corpus-ext's tvpl-2025-tnt305, congbao-central-hrmaster and
readability-legal-ws-nguyenquocbao97 folders (the documents' parsed titles and their citations are read from it).
Deterministic: the same inputs give the same file. The queries are judged by construction:
- known: five consecutive words of a document's real title (the portal's trích yếu for tvpl, the first line for the
  provincial decisions, the parsed title for Công báo), two or three of them typed without marks; the five words
  stand in no other title, so the document is the one right answer;
- pair: words typed with their marks whose unmarked form is also other words (cửa/của, thuế/thuê …): every hit must
  have them with those marks;
- phrase: a quoted phrase: every hit must have its words together, in order;
- number: an instrument number as people type it: every document citing it (by the store) must be found.
About 30 % of the queries (by a hash of their id) are held out: "held-out", not looked at while tuning.
"""
import csv, hashlib, json, random, re, sqlite3, sys, unicodedata
from pathlib import Path

db = sys.argv[1]
ext = Path(sys.argv[sys.argv.index("--ext") + 1]) if "--ext" in sys.argv else Path(__file__).resolve().parents[3] / "shared" / "corpus-ext"
FOLDERS = ["tvpl-2025-tnt305", "congbao-central-hrmaster", "readability-legal-ws-nguyenquocbao97"]

def fold(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower()

def words(s):
    return re.findall(r"[^\W_]+", s)

con = sqlite3.connect(db)
stored = {row[0]: row[1] for row in con.execute("SELECT path, title FROM documents")}
rel = {}
for p in stored:
    for f in FOLDERS:
        i = p.find("/" + f + "/")
        if i >= 0:
            rel[p] = p[i + 1:]
index = {r["path"]: r for r in csv.DictReader(open(ext / "index.csv", encoding="utf-8"))}

titles = {}
for p, r in rel.items():
    src = r.split("/")[0]
    t = None
    if src == "tvpl-2025-tnt305" and index.get(r, {}).get("title"):
        # The portal's title: "Quyết định 471/QĐ-UBND năm 2025 <trích yếu> [do <body> ban hành]"; the number and the
        # "do … ban hành" are the portal's words, not the document's.
        t = re.sub(r"^.*?\bnăm \d{4}\s+", "", index[r]["title"], count=1)
        t = re.sub(r"\s+do\s+[^,;]+\s+ban hành$", "", t)
    elif src == "readability-legal-ws-nguyenquocbao97":
        t = open(p, encoding="utf-8").readline().strip()
    elif src == "congbao-central-hrmaster":
        t = stored[p]
    if t and len(words(t)) >= 7:
        titles[r] = " ".join(words(t))

grams = {}
for r, t in titles.items():
    ws = [fold(w) for w in words(t)]
    for i in range(len(ws) - 4):
        grams.setdefault(" ".join(ws[i:i + 5]), set()).add(r)

rnd = random.Random(20261201)
rows = []
for r in sorted(titles):
    ws = words(titles[r])
    starts = [i for i in range(len(ws) - 4) if len(grams[" ".join(fold(w) for w in ws[i:i + 5])]) == 1]
    if not starts:
        continue
    i = rnd.choice(starts)
    five = ws[i:i + 5]
    plain = set(rnd.sample(range(5), rnd.choice([2, 3])))
    q = " ".join(fold(w) if k in plain else w.lower() for k, w in enumerate(five))
    rows.append(("known", q, r))
rnd.shuffle(rows)
rows = sorted(rows[:75], key=lambda x: x[2])

PAIRS = ["một cửa", "bão lũ", "đường bộ", "giá đất", "thuế đất", "thuê đất", "cán bộ", "đầu tư", "cấp phép", "bồi thường",
         "hộ nghèo", "chợ", "đấu giá", "tàu cá", "mức phạt", "cửa khẩu", "đê điều", "thủy lợi", "bảo hiểm thất nghiệp",
         "trẻ em", "hạ tầng", "quỹ đất", "mua sắm", "thuế", "học phí"]
rows += [("pair", q, "") for q in PAIRS]
PHRASES = ["cải cách hành chính", "chuyển đổi số", "bảo hiểm xã hội", "thủ tục hành chính", "ngân sách nhà nước",
           "an toàn thực phẩm", "người lao động", "đơn vị sự nghiệp công lập", "giải phóng mặt bằng", "thuế thu nhập cá nhân",
           "thu tuc hanh chinh", "bao hiem y te"]
rows += [("phrase", f'"{q}"', "") for q in PHRASES]

top = con.execute("""SELECT key, type_code, number, year FROM citations WHERE key LIKE '%/%' AND kind <> 'Party'
                     GROUP BY key ORDER BY count(DISTINCT document_id) DESC, key LIMIT 16""").fetchall()
forms = []
for k, (key, tc, num, year) in enumerate(top):
    if k % 4 == 1 and tc == "NĐ" and year:
        forms.append(f"nd {num}/{year}")
    elif k % 4 == 2:
        forms.append(fold(key).upper())
    elif k % 4 == 3 and tc and year:
        forms.append(f"{ {'NĐ': 'Nghị định', 'TT': 'Thông tư', 'QĐ': 'Quyết định', 'NQ': 'Nghị quyết'}.get(tc, tc)} {num}/{year}")
    else:
        forms.append(key)
rows += [("number", f, "") for f in forms]
party = con.execute("SELECT key FROM citations WHERE kind = 'Party' GROUP BY key ORDER BY count(DISTINCT document_id) DESC LIMIT 2").fetchall()
rows += [("number", k, "") for (k,) in party]

print("id\tsplit\tkind\tquery\texpected")
for n, (kind, q, expected) in enumerate(rows, 1):
    qid = f"{kind[0]}{n:03d}"
    split = "held-out" if int(hashlib.sha256(qid.encode()).hexdigest(), 16) % 10 < 3 else "tune"
    print(f"{qid}\t{split}\t{kind}\t{q}\t{expected}")
