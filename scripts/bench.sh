#!/usr/bin/env bash
# bench.sh — the README's performance table: gomini side by side with Lua 5.4,
# yaegi and compiled Go on ../shared/bench (or $BENCH_DIR).
#
# usage: scripts/bench.sh [--runs N] [--no-yaegi] [prog ...]
#
# For every program the contenders run alternately (gomini, lua, go, yaegi,
# gomini, lua, ...) N times (default 5) and the table shows each one's median
# wall time; every run's checksum line is checked against expected.txt, and a
# wrong line marks the cell "(WRONG)" after the time (still timed: the ratio to
# a contender that prints a wrong answer is shown too). Ratios are gomini's median over the
# other's. Needs lua5.4, yaegi and Go 1.19 (/usr/lib/go-1.19/bin/go) for the
# columns they fill; a missing tool leaves its column "-".
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
bench=${BENCH_DIR:-$here/../shared/bench}
gomini=${GOMINI:-$here/build/cli/gomini}
go=/usr/lib/go-1.19/bin/go
runs=5
yaegi=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --no-yaegi) yaegi=0; shift ;;
    *) break ;;
  esac
done
progs="$*"
[ -n "$progs" ] || progs="fib loops binarytrees nbody spectralnorm fannkuch maps strings closures defer"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run NAME CMD... : one timed run; appends "seconds" or "seconds W" (wrong output) to $tmp/NAME.times
run() {
  local name=$1; shift
  local s e
  s=$(date +%s.%N)
  "$@" >"$tmp/out" 2>"$tmp/err"
  e=$(date +%s.%N)
  if grep -qxF "$line" "$tmp/out"; then
    echo "$s $e" | awk '{printf "%.3f\n", $2-$1}' >>"$tmp/$name.times"
  else
    echo "$s $e" | awk '{printf "%.3f W\n", $2-$1}' >>"$tmp/$name.times"
    echo "  $name: expected '$line', got '$(head -c 300 "$tmp/out")' $(head -c 300 "$tmp/err")" >&2
  fi
}
median() {  # file -> median ("(WRONG)" appended if any run printed a wrong line) or -
  [ -f "$1" ] || { echo -; return; }
  local w=""
  if grep -q W "$1"; then w=" (WRONG)"; fi
  local m
  m=$(awk '{print $1}' "$1" | sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}')
  echo "$m$w"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a+0 > 0 && b+0 > 0) printf "%.2f", a/b; else print "-" }'; }

echo "| program | size | gomini s | Lua 5.4 s | Go s | yaegi s | gomini/Lua | gomini/Go | yaegi/gomini |"
echo "|---|---|---|---|---|---|---|---|---|"
for p in $progs; do
  line=$(grep "^$p " "$bench/expected.txt") || { echo "$p: not in expected.txt" >&2; continue; }
  size=$(echo "$line" | awk '{print $2}')
  rm -f "$tmp"/*.times
  have_lua=0; [ -f "$bench/lua/$p.lua" ] && command -v lua5.4 >/dev/null && have_lua=1
  have_go=0; [ -x "$go" ] && "$go" build -o "$tmp/$p.bin" "$bench/$p.go" 2>/dev/null && have_go=1
  have_yaegi=0; [ $yaegi = 1 ] && command -v yaegi >/dev/null && have_yaegi=1
  for _ in $(seq "$runs"); do
    run gomini "$gomini" run "$bench/$p.go" "$size"
    [ $have_lua = 1 ] && run lua lua5.4 "$bench/lua/$p.lua" "$size"
    [ $have_go = 1 ] && run go "$tmp/$p.bin" "$size"
    [ $have_yaegi = 1 ] && run yaegi yaegi run "$bench/$p.go" "$size"
  done
  g=$(median "$tmp/gomini.times"); l=$(median "$tmp/lua.times"); c=$(median "$tmp/go.times"); y=$(median "$tmp/yaegi.times")
  echo "| $p | $size | $g | $l | $c | $y | $(ratio "$g" "$l") | $(ratio "$g" "$c") | $(ratio "$y" "$g") |"
done
