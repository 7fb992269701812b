#!/bin/bash
# regen_run_outputs.sh FILE.go... — records what real Go 1.19 does with each program of
# tests/go/run (and samples/): its stdout becomes the trailing "// Output:" block, its exit
# status a "// Exit: N" header line (omitted when 0) and the key lines of its stderr
# "// Stderr: TEXT" header lines. See tests/go/run/README.md for the file format.
#
# Input headers honoured (lines before `package`): "// Args: a b" (split on blanks),
# "// Env: K=V" (repeatable), "// Flags: ..." (gomini's flags; -lang=go1.21 is Go 1.19's
# own loop-variable semantics, so the program runs unchanged).
# Files containing "output derived by reasoning" (Go 1.21/1.22-only behaviour) are skipped.
#
# Stderr key lines: every non-empty stderr line before the first "goroutine N [" line (the
# traceback), that line itself and the traceback's frames of package main: "main.f(" (the
# arguments dropped; "main.main()" whole), each followed by its "/FILE.go:LINE" when it is in
# the program's own file, and Go's "panic({" frames (a deferred call made by a panic) — minus "[signal ..."
# lines and lines holding addresses (a panic line keeps its text before the address), with
# leading and trailing blanks removed. Of GODEBUG=gctrace=1 lines only the first one's
# "gc N @" (and "(forced)" if it ends so) is kept. The program runs twice; both runs must agree. Output
# must be valid UTF-8 (it becomes Go source) and have no trailing blanks.
set -u
export GOCACHE=${GOCACHE:-/tmp/runtests-gocache} GOPATH=/tmp/runtests-gopath GOFLAGS= GOTOOLCHAIN=local
GO=${GO:-/usr/lib/go-1.19/bin/go}
status=0
for f in "$@"; do
  if grep -q 'output derived by reasoning' "$f"; then echo "skip (reasoned): $f"; continue; fi
  body=$(awk '/^\/\/ Output:$/{exit} {print}' "$f")
  # Drop previously recorded Exit/Stderr headers (only above the package clause).
  body=$(printf '%s\n' "$body" |
    awk 'BEGIN{p=0} /^package /{p=1} { if (!p && ($0 ~ /^\/\/ Exit: / || $0 ~ /^\/\/ Stderr: /)) next; print }')
  hdr=$(printf '%s\n' "$body" | awk '/^package /{exit} {print}')
  args=$(printf '%s\n' "$hdr" | sed -n 's|^// Args: ||p' | head -n 1)
  envs=()
  while IFS= read -r e; do [ -n "$e" ] && envs+=("$e"); done < <(printf '%s\n' "$hdr" | sed -n 's|^// Env: ||p')
  tmp=$(mktemp -d)
  src=$(basename "$f")  # built under its own name: traceback lines then read /NAME.go:LINE
  code=$(printf '%s\n' "$body" | awk 'BEGIN{p=0} /^package /{p=1} p{print}')
  run() {  # run OUT ERR -> rc
    # shellcheck disable=SC2086
    (cd "$tmp" && env ${envs[@]+"${envs[@]}"} timeout 120 ./prog $args > "$1" 2> "$2"); echo $?
  }
  keys() {
    awk -v src="/$src:" 'tb {  # traceback: main frames, their lines in the program, panic frames
             if ($0 ~ /^main\./) { fr = $0; if (fr !~ /\(\)$/) sub(/\([^(]*$/, "(", fr); print fr; mf = 1; next }
             if ($0 ~ /^panic\(\{/) { print "panic({"; mf = 0; next }
             if (mf && index($0, src)) { l = substr($0, index($0, src)); sub(/ .*$/, "", l); print l }
             mf = 0; next }
         /^goroutine [0-9]+ \[/ { print; tb = 1; next }
         /^\[signal /{next}
         /^gc [0-9]+ @[0-9.]+s / {  # GODEBUG=gctrace=1: timings vary, keep "gc N @" of the first line
             if (!gc) { gc = 1; print $1 " " $2 " @"; if ($0 ~ / \(forced\)$/) print "(forced)" } next }
         { sub(/^[ \t]+/, ""); sub(/[ \t]+$/, "") }
         /0x[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]/ {  # an address: keep only a panic line'"'"'s prefix
             if ($0 !~ /^panic: /) next
             sub(/ *0x[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f].*$/, "") }
         { if ($0 != "") print }' "$1" | head -n 40
  }
  # The recorded header lines shift the code, and traceback lines name code lines: the program
  # runs with its headers in place (first the old ones) until the headers it yields are the ones
  # it ran with.
  cur=$(awk '/^\/\/ Output:$/{exit} {print}' "$f")
  fail=""
  for attempt in 1 2 3 4; do
    printf '%s\n' "$cur" > "$tmp/$src"
    if ! (cd "$tmp" && $GO build -o prog "$src") > "$tmp/builderr" 2>&1; then fail=build; break; fi
    rc=$(run "$tmp/out" "$tmp/err")
    rc2=$(run "$tmp/out2" "$tmp/err2")
    [ "$rc" = 124 ] && break
    newhdr=$(printf '%s\n' "$body" | awk '/^package /{exit} {print}'
      [ "$rc" != 0 ] && echo "// Exit: $rc"
      keys "$tmp/err" | sed 's|^|// Stderr: |')
    next=$(printf '%s\n%s' "$newhdr" "$code")
    [ "$next" = "$cur" ] && break
    cur=$next
    [ "$attempt" = 4 ] && fail=unstable
  done
  if [ "$fail" = build ]; then echo "FAIL $f: build"; cat "$tmp/builderr"; status=1; rm -rf "$tmp"; continue; fi
  if [ "$fail" = unstable ]; then echo "FAIL $f: traceback lines do not settle"; status=1; rm -rf "$tmp"; continue; fi
  if [ "$rc" = 124 ]; then echo "FAIL $f: timeout"; status=1; rm -rf "$tmp"; continue; fi
  if [ "$rc" != "$rc2" ] || ! cmp -s "$tmp/out" "$tmp/out2" || [ "$(keys "$tmp/err")" != "$(keys "$tmp/err2")" ]; then
    echo "FAIL $f: nondeterministic (rc $rc/$rc2)"; status=1; rm -rf "$tmp"; continue
  fi
  if [ -s "$tmp/out" ] && [ "$(tail -c 1 "$tmp/out" | od -An -c | tr -d ' ')" != '\n' ]; then
    echo "FAIL $f: output lacks trailing newline"; status=1; rm -rf "$tmp"; continue
  fi
  if [ "$rc" = 0 ] && [ -s "$tmp/err" ] && ! grep -q '^// Env: \|print\|os.Stderr' "$tmp/$src"; then
    echo "WARN $f: exit 0 with stderr:"; head -n 5 "$tmp/err"
  fi
  if ! iconv -f UTF-8 -t UTF-8 "$tmp/out" > /dev/null 2>&1 || ! iconv -f UTF-8 -t UTF-8 "$tmp/err" > /dev/null 2>&1; then
    echo "FAIL $f: output is not valid UTF-8 (Go source must be): print with %q"; status=1; rm -rf "$tmp"; continue
  fi
  {
    printf '%s\n' "$cur"
    echo
    echo "// Output:"
    awk '{ if ($0 == "") print "//"; else print "// " $0 }' "$tmp/out"
  } > "$tmp/new.go"
  if grep -qE '[[:space:]]+$' "$tmp/new.go"; then echo "FAIL $f: trailing spaces"; status=1; rm -rf "$tmp"; continue; fi
  mv "$tmp/new.go" "$f"
  echo "ok $f (rc=$rc, $(wc -l < "$tmp/out") lines)"
  rm -rf "$tmp"
done
exit $status
