#!/usr/bin/env bash
# Builds DocCheck's release packages from this checkout, in one command:
#
#   bash pack/package.sh [--out DIR] [--no-aot] [--no-win]
#
# into DIR (default artifacts/packages):
#   doccheck-VERSION-linux-x64.tar.gz     self-contained, ReadyToRun, one folder (no .NET needed on the machine)
#   doccheck-VERSION-win-x64.zip          the same for Windows (doccheck.exe)
#   doccheck-VERSION-linux-x64-aot.tar.gz Native AOT: one native program, fastest start; train/eval roles left out
#   DocCheck.Cli.VERSION.nupkg            .NET tool: dotnet tool install --global --add-source DIR DocCheck.Cli
#   SHA256SUMS
# Each package carries README.md, the role model (models/quantity-roles.json) and the rule pages; each built tool is
# started once (--version, and a lint of a seed) before it is packed. Every build has its own configuration, so its
# own obj/ and bin/ (an AOT publish into the Release folders once left a later ReadyToRun publish broken).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
OUT="$REPO/artifacts/packages" AOT=1 WIN=1
while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT=$2; shift ;;
    --no-aot) AOT=0 ;;
    --no-win) WIN=0 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "package.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/doccheck-pack.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
CLI="$REPO/src/DocCheck.Cli"
VERSION=$(dotnet msbuild "$CLI" -getProperty:Version 2>/dev/null | tr -d '[:space:]')
[ -n "$VERSION" ] || { echo "package.sh: cannot read the version" >&2; exit 1; }
say() { echo "package.sh: $*" >&2; }
LOG="$OUT/package.log"; : >"$LOG"

publish() { # publish NAME CONFIGURATION ARGS... -> $WORK/NAME
  local name=$1 conf=$2; shift 2
  say "building $name"
  if ! dotnet publish "$CLI" -c "$conf" -p:Optimize=true -o "$WORK/$name" "$@" >>"$LOG" 2>&1; then
    say "building $name failed; see $LOG"; tail -20 "$LOG" >&2; exit 1
  fi
  cp -r "$REPO/docs/rules" "$WORK/$name/rules"
  rm -f "$WORK/$name"/*.pdb "$WORK/$name"/*.xml
}

smoke() { # smoke EXECUTABLE: it starts, names its role model, and lints a seed as expected
  local exe=$1 v
  v=$("$exe" --version) || { say "$exe --version failed"; exit 1; }
  grep -q "^role model: [0-9a-f]\{12\}" <<<"$v" || { say "$exe has no role model: $v"; exit 1; }
  local rc=0; "$exe" lint "$REPO/corpus/bagiang-2023-draft-KH-UBND.txt" --format json >"$WORK/smoke.json" 2>/dev/null || rc=$?
  [ "$rc" = 1 ] && grep -q '"ruleId": "DC1001"' "$WORK/smoke.json" || { say "$exe: lint of the draft seed gave exit $rc, no DC1001"; exit 1; }
}

tarball() { # tarball NAME -> $OUT/doccheck-VERSION-NAME.tar.gz with one top folder
  local dir="doccheck-$VERSION-$1"
  mv "$WORK/$1" "$WORK/$dir"
  tar -C "$WORK" -czf "$OUT/$dir.tar.gz" "$dir"
  say "wrote $OUT/$dir.tar.gz ($(du -h "$OUT/$dir.tar.gz" | cut -f1))"
}

publish linux-x64 Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true
smoke "$WORK/linux-x64/doccheck"
tarball linux-x64

if [ "$WIN" = 1 ]; then
  publish win-x64 ReleaseWin -r win-x64 --self-contained true -p:PublishReadyToRun=true
  [ -f "$WORK/win-x64/doccheck.exe" ] || { say "no doccheck.exe in the Windows build"; exit 1; }
  dir="doccheck-$VERSION-win-x64"; mv "$WORK/win-x64" "$WORK/$dir"
  (cd "$WORK" && python3 -c 'import shutil,sys; shutil.make_archive(sys.argv[1], "zip", ".", sys.argv[2])' "$OUT/$dir" "$dir")
  say "wrote $OUT/$dir.zip ($(du -h "$OUT/$dir.zip" | cut -f1)); not started here (a Windows program)"
fi

if [ "$AOT" = 1 ]; then
  # clang is what the AOT linker calls; Debian's is clang-14 (apt-get install clang).
  cc=(); command -v clang >/dev/null 2>&1 || { command -v clang-14 >/dev/null 2>&1 && cc=(-p:CppCompilerAndLinker=clang-14); }
  publish linux-x64-aot ReleaseAot -r linux-x64 -p:PublishAot=true "${cc[@]}"
  smoke "$WORK/linux-x64-aot/doccheck"
  tarball linux-x64-aot
fi

say "packing the .NET tool"
if ! dotnet pack "$CLI" -c ReleaseTool -p:Optimize=true -p:PackAsTool=true -o "$WORK/tool" >>"$LOG" 2>&1; then
  say "dotnet pack failed; see $LOG"; tail -20 "$LOG" >&2; exit 1
fi
nupkg=$(ls "$WORK/tool"/*.nupkg)
# Installed into a folder of its own and started, as a user would.
dotnet tool install --tool-path "$WORK/tool-install" --add-source "$WORK/tool" DocCheck.Cli --version "$VERSION" >>"$LOG" 2>&1 \
  || { say "dotnet tool install of the package failed; see $LOG"; exit 1; }
smoke "$WORK/tool-install/doccheck"
cp "$nupkg" "$OUT/"
say "wrote $OUT/$(basename "$nupkg")"

(cd "$OUT" && sha256sum doccheck-"$VERSION"-* DocCheck.Cli."$VERSION".nupkg >SHA256SUMS)
say "done: $OUT"
ls -la "$OUT" >&2
