#!/usr/bin/env bash
# The DocCheck benchmark: every measurement of issue 9 next to its floor, in one markdown table.
#
#   bash bench/run.sh [--quick] [--aot] [--docs N] [--big N] [--runs N] [--work DIR] [--ext DIR]
#
#   --quick   1,000 and 10,000 generated documents instead of 10,000 and 100,000, fewer runs (a few minutes)
#   --aot     also publish the CLI with Native AOT and time lint with it
#   --docs N  size of the "mid" generated corpus (default 10000); --big N the large one (default 100000)
#   --runs N  runs per measurement, the median is printed (default 3)
#   --work D  where corpora, builds and databases go (default /tmp/doccheck-bench; never inside the repository)
#   --ext D   the corpus-ext folder (default ../shared/corpus-ext beside the repository)
#
# Needs: the .NET 10 SDK, python3, ripgrep (rg), sqlite3, GNU time (/usr/bin/time). See bench/README.md.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
WORK=/tmp/doccheck-bench
EXT="$(dirname "$REPO")/shared/corpus-ext"
MID=10000 BIG=100000 RUNS=3 AOT=0 QUICK=0
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1; MID=1000; BIG=10000; RUNS=2 ;;
    --aot) AOT=1 ;;
    --docs) MID="$2"; shift ;;
    --big) BIG="$2"; shift ;;
    --runs) RUNS="$2"; shift ;;
    --work) WORK="$2"; shift ;;
    --ext) EXT="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
case "$(realpath -m "$WORK")/" in "$REPO"/*) echo "--work must be outside the repository" >&2; exit 2 ;; esac
for tool in dotnet python3 rg sqlite3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool (see bench/README.md)" >&2; exit 2; }
done
mkdir -p "$WORK"
LOG="$WORK/log.txt"; : > "$LOG"
say() { echo "[$(date +%H:%M:%S)] $*" >&2; }
ROWS=()
row() { ROWS+=("| $1 | $2 | $3 | $4 | $5 |"); }
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
pct() { sort -g | awk -v p="$1" '{a[NR]=$1} END {i=int((p/100)*NR+0.999999); if (i<1) i=1; if (i>NR) i=NR; print a[i]}'; }
now_ns() { date +%s%N; }
mb_of() { find "$@" -type f \( -name '*.txt' -o -name '*.md' \) ! -name SOURCES.md ! -name README.md -printf '%s\n' | awk '{s+=$1} END {printf "%.1f", s/1e6}'; }
f2() { awk -v x="$1" 'BEGIN {printf "%.2f", x}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b==0) print "-"; else printf "%.1f×", a/b}'; }

# --- builds -------------------------------------------------------------------------------------------------------
say "publishing the CLI (Release, ReadyToRun) and building DocCheck.Bench"
nice -n 10 dotnet publish "$REPO/src/DocCheck.Cli" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$WORK/r2r" >>"$LOG" 2>&1
nice -n 10 dotnet build "$REPO/bench/DocCheck.Bench" -c Release -o "$WORK/bench" >>"$LOG" 2>&1
CLI="$WORK/r2r/doccheck"
BENCH=(dotnet "$WORK/bench/DocCheck.Bench.dll")
if [ "$AOT" = 1 ]; then
  say "publishing the CLI with Native AOT"
  # Its own configuration (so its own obj/ and bin/): an AOT publish into the Release folders left them in a state
  # where the next ReadyToRun publish (check-outputs.sh) built a tool that aborted at start-up.
  if nice -n 10 dotnet publish "$REPO/src/DocCheck.Cli" -c ReleaseAot -p:Optimize=true -r linux-x64 -p:PublishAot=true \
       -p:CppCompilerAndLinker=clang-14 -p:TreatWarningsAsErrors=false -o "$WORK/aot" >"$WORK/aot-publish.log" 2>&1; then
    grep -cE 'warning IL[0-9]+' "$WORK/aot-publish.log" | xargs -I{} echo "AOT publish: {} trim/AOT warning lines (see $WORK/aot-publish.log)" >&2
  else
    echo "AOT publish failed, see $WORK/aot-publish.log" >&2; AOT=0
  fi
fi

# --- corpora ------------------------------------------------------------------------------------------------------
REAL=("$REPO/corpus" "$EXT")
gen() { # gen N -> folder
  local dir="$WORK/gen-$1"
  if [ ! -f "$dir/.done" ]; then
    say "generating $1 documents"
    rm -rf "$dir"; nice -n 10 python3 "$REPO/bench/gen-corpus.py" "$dir" --docs "$1" --seed 1 --ext "$EXT" >&2
    touch "$dir/.done"
  fi
  echo "$dir"
}
MIDDIR=$(gen "$MID")
BIGDIR=$(gen "$BIG")
# Throughput runs on whole files in memory; on the generated corpus the first 2,000 documents (folders 000, 001;
# only 000 with --quick).
GENSAMPLE=("$MIDDIR/000"); [ -d "$MIDDIR/001" ] && GENSAMPLE+=("$MIDDIR/001")

# --- 1. extraction + all rules, next to rg ------------------------------------------------------------------------
CITE_RE='[0-9]{1,5}/(?:[0-9]{4}/)?[A-ZĐ]{1,10}(?:-[A-ZĐ0-9]{1,12})*'
rg_mbps() { # rg_mbps THREADS MB DIRS...
  local j="$1" mb="$2"; shift 2
  rg -c -j"$j" -g '*.txt' -g '*.md' -g '!SOURCES.md' -g '!README.md' -e "$CITE_RE" "$@" >/dev/null || true
  for _ in $(seq "$RUNS"); do
    local s; s=$(now_ns)
    rg -c -j"$j" -g '*.txt' -g '*.md' -g '!SOURCES.md' -g '!README.md' -e "$CITE_RE" "$@" >/dev/null || true
    awk -v mb="$mb" -v ns=$(( $(now_ns) - s )) 'BEGIN {print mb/(ns/1e9)}'
  done | median
}
throughput() { # throughput LABEL DIRS...
  local label="$1"; shift
  say "extraction + rules: $label"
  local out; out=$(nice -n 10 "${BENCH[@]}" throughput --runs "$RUNS" "$@")
  local mb one all r1 ra
  mb=$(awk '$1=="mb" {print $2}' <<<"$out"); one=$(awk '$1=="mbps_1core" {print $2}' <<<"$out"); all=$(awk '$1=="mbps_allcores" {print $2}' <<<"$out")
  r1=$(rg_mbps 1 "$mb" "$@"); ra=$(rg_mbps "$(nproc)" "$mb" "$@")
  row "extraction + all rules, 1 core" "$label ($mb MB)" "$(f2 "$one") MB/s" "rg $(f2 "$r1") MB/s" "$(ratio "$r1" "$one") slower"
  row "extraction + all rules, $(nproc) cores" "$label ($mb MB)" "$(f2 "$all") MB/s" "rg $(f2 "$ra") MB/s" "$(ratio "$ra" "$all") slower"
}
throughput "real text (corpus + corpus-ext .txt/.md)" "${REAL[@]}"
throughput "generated, $(find "${GENSAMPLE[@]}" -name '*.txt' | wc -l) docs" "${GENSAMPLE[@]}"
# The large legal texts alone (issue 22, item 3): a decree of 1.4 MB, consolidated texts (VBHN) of a law and a code.
LARGE=()
for f in congbao-central-hrmaster/cb-0204_143-2026-ND-CP.txt congbao-central-hrmaster/cb-0350_van-ban-hop-nhat-so-5-vbhn-btc-469151.txt \
         tvpl-2025-tnt305/tnt-0339_308-2025-ND-CP.txt tvpl-laws-johnpa02/jp-0203_Van-ban-hop-nhat-45-VBHN-VPQH-nam-2025-hop-nhat-Luat-Dat-dai.txt \
         tvpl-laws-johnpa02/jp-0178_Van-ban-hop-nhat-11-VBHN-VPQH-nam-2024-hop-nhat-Bo-luat-To-t.txt; do
  [ -f "$EXT/$f" ] && LARGE+=("$EXT/$f")
done
if [ "${#LARGE[@]}" -gt 0 ]; then
  say "extraction + rules: large legal texts, each alone"
  while read -r _ name mb rate; do
    row "extraction + all rules, 1 core, one large text" "$name ($mb MB)" "$(f2 "$rate") MB/s" "-" "-"
  done < <(nice -n 10 "${BENCH[@]}" throughput --each --runs "$RUNS" "${LARGE[@]}")
fi

# --- 2. lint of one 60 KB plan, whole process ---------------------------------------------------------------------
PLAN="$EXT/tvpl-2025-tnt305/tnt-0402_144-KH-UBND.txt"
[ -f "$PLAN" ] || PLAN="$REPO/corpus/kontum-2018-497-KH-UBND.txt"
PLANKB=$(( $(stat -c %s "$PLAN") / 1024 ))
lint_process() { # lint_process LABEL BINARY
  local label="$1" bin="$2" times=() rss=()
  "$bin" lint "$PLAN" >/dev/null 2>&1 || true
  for _ in $(seq $(( RUNS * 3 ))); do
    local s; s=$(now_ns)
    /usr/bin/time -f '%M' -o "$WORK/rss.txt" "$bin" lint "$PLAN" >/dev/null 2>&1 || true
    times+=("$(( ($(now_ns) - s) / 1000000 ))"); rss+=("$(cat "$WORK/rss.txt")")
  done
  local t m; t=$(printf '%s\n' "${times[@]}" | median); m=$(printf '%s\n' "${rss[@]}" | median)
  local start s0=(); for _ in $(seq 5); do local s; s=$(now_ns); "$bin" --version >/dev/null; s0+=("$(( ($(now_ns) - s) / 1000000 ))"); done
  start=$(printf '%s\n' "${s0[@]}" | median)
  row "lint one plan, whole process ($label)" "$(basename "$PLAN") ($PLANKB KB)" "$t ms, peak $(( m / 1024 )) MB" "\`doccheck --version\` $start ms" "goal ≤ 60 ms"
}
say "lint of one plan"
lint_process "ReadyToRun" "$CLI"
[ "$AOT" = 1 ] && lint_process "Native AOT" "$WORK/aot/doccheck"

# --- 3. index, next to a plain FTS5 load --------------------------------------------------------------------------
index_run() { # index_run LABEL DB DIRS... ; prints "seconds rss_kb"
  local db="$2"; shift 2
  local s; s=$(now_ns)
  /usr/bin/time -f '%M' -o "$WORK/rss.txt" nice -n 10 "$CLI" index "$@" --db "$db" >>"$LOG" 2>&1 || true
  echo "$(awk -v ns=$(( $(now_ns) - s )) 'BEGIN {print ns/1e9}') $(cat "$WORK/rss.txt")"
}
fts_floor() { # fts_floor DB ; seconds to load the normalized texts of DB into a plain FTS5 table
  local db="$1" floor="$WORK/floor.db"
  sqlite3 -bail "$db" ".mode csv" ".output $WORK/texts.csv" "SELECT path, text FROM documents;"
  rm -f "$floor" "$floor-wal" "$floor-shm"
  local s; s=$(now_ns)
  sqlite3 -bail "$floor" "PRAGMA journal_mode=WAL;" "PRAGMA synchronous=NORMAL;" \
    "CREATE VIRTUAL TABLE docs USING fts5(path, body);" ".mode csv" ".import $WORK/texts.csv docs" >/dev/null
  awk -v ns=$(( $(now_ns) - s )) 'BEGIN {print ns/1e9}'
}
index_bench() { # index_bench LABEL RUNS DIRS...
  local label="$1" runs="$2"; shift 2
  local db="$WORK/index-$(echo "$label" | tr -c 'a-z0-9' '-').db" secs=() rss=() r
  say "index: $label ($runs run(s))"
  for _ in $(seq "$runs"); do
    rm -rf "$db" "$db-wal" "$db-shm" "${db%.db}.search"
    r=$(index_run "$label" "$db" "$@"); secs+=("${r% *}"); rss+=("${r#* }")
  done
  local t m docs mb size reidx floor
  t=$(printf '%s\n' "${secs[@]}" | median); m=$(printf '%s\n' "${rss[@]}" | sort -g | tail -1)
  docs=$(sqlite3 "$db" "SELECT count(*) FROM documents;")
  mb=$(sqlite3 "$db" "SELECT sum(size)/1e6 FROM documents;")
  size=$(( ( $(stat -c %s "$db") + $( [ -f "$db-wal" ] && stat -c %s "$db-wal" || echo 0) ) / 1048576 ))
  local ssize; ssize=$(( $(du -sb "${db%.db}.search" | cut -f1) / 1048576 ))
  r=$(index_run "$label" "$db" "$@"); reidx="${r% *}"
  floor=$(fts_floor "$db")
  row "index ($label)" "$docs docs, $(f2 "$mb") MB" "$(f2 "$t") s: $(awk -v d="$docs" -v t="$t" 'BEGIN {printf "%.0f", d/t}') docs/s, $(awk -v m="$mb" -v t="$t" 'BEGIN {printf "%.2f", m/t}') MB/s; db $size MB, search index $ssize MB; peak $(( m / 1024 )) MB" "FTS5 load $(f2 "$floor") s" "$(ratio "$t" "$floor")"
  row "re-index unchanged ($label)" "$docs docs" "$(f2 "$reidx") s" "-" "-"
  LASTDB="$db"
}
index_bench "real corpus" "$RUNS" "${REAL[@]}"
index_bench "generated $MID" 1 "$MIDDIR"
index_bench "generated $BIG" 1 "$BIGDIR"
BIGDB="$LASTDB"

# --- 4. cites and search latency on the big index -----------------------------------------------------------------
say "cites and search latency on $BIG documents"
out=$("${BENCH[@]}" query --db "$BIGDB" --runs 5)
get() { awk -v k="$1" '$1==k {print $2}' <<<"$out"; }
row "cites in-process" "$BIG docs" "p50 $(get cites_p50_ms) ms, p99 $(get cites_p99_ms) ms" "goal p50 ≤ 5 ms" "-"
row "search in-process (Lucene.Net, first page of 10 with snippets)" "$BIG docs" "p50 $(get search_p50_ms) ms, p99 $(get search_p99_ms) ms" "FTS5 of before: p50 $(get fts5_search_p50_ms) ms, p99 $(get fts5_search_p99_ms) ms" "goal p50 ≤ 10 ms, p99 ≤ 50 ms"
"${BENCH[@]}" queries --db "$BIGDB" > "$WORK/queries.tsv"
for kind in cites search; do
  times=()
  for _ in $(seq 2); do
    while IFS=$'\t' read -r k q; do
      [ "$k" = "$kind" ] || continue
      s=$(now_ns); "$CLI" "$kind" "$q" --db "$BIGDB" >/dev/null 2>&1 || true
      times+=("$(awk -v ns=$(( $(now_ns) - s )) 'BEGIN {print ns/1e6}')")
    done < "$WORK/queries.tsv"
  done
  row "$kind whole process" "$BIG docs" "p50 $(printf '%s\n' "${times[@]}" | pct 50 | xargs printf '%.1f') ms, p99 $(printf '%s\n' "${times[@]}" | pct 99 | xargs printf '%.1f') ms" "-" "-"
done

# --- the table ----------------------------------------------------------------------------------------------------
echo
echo "DocCheck benchmark — $(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), commit $(git -C "$REPO" rev-parse --short HEAD), medians of $RUNS runs"
echo
echo "| measurement | corpus | DocCheck | floor | ratio |"
echo "|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
