#!/usr/bin/env bash
# cli_test.sh GOMINI SRCDIR — end-to-end checks of the gomini command line:
# exit codes, where output goes, and the gc-style error format.
set -u
gomini=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

expect() {  # expect NAME WANT_RC WANT_STDOUT_RE WANT_STDERR_RE -- CMD...
    local name=$1 want_rc=$2 want_out=$3 want_err=$4
    shift 5
    "$@" >"$tmp/out" 2>"$tmp/err"
    local rc=$?
    local ok=1
    [ "$rc" = "$want_rc" ] || ok=0
    if [ -n "$want_out" ]; then grep -qE -- "$want_out" "$tmp/out" || ok=0; else [ ! -s "$tmp/out" ] || ok=0; fi
    if [ -n "$want_err" ]; then grep -qE -- "$want_err" "$tmp/err" || ok=0; else [ ! -s "$tmp/err" ] || ok=0; fi
    if [ $ok = 1 ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: $name (rc=$rc, want $want_rc)"
        echo "  stdout: $(head -c 400 "$tmp/out")"
        echo "  stderr: $(head -c 400 "$tmp/err")"
    fi
}

cat >"$tmp/hello.go" <<'GO'
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
GO
cat >"$tmp/bad.go" <<'GO'
package main

import "os"

func main() {
	x := 1
	var s string = 5
}
GO
cat >"$tmp/lib.go" <<'GO'
package shapes

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
GO
cat >"$tmp/syntax.go" <<'GO'
package main

func main() {
	x := (1 + 2
}
GO

expect "version" 0 '^gomini version [0-9]+\.[0-9]+\.[0-9]+' '' -- "$gomini" version
expect "help" 0 'check' '' -- "$gomini" --help
expect "check --help" 0 'lang' '' -- "$gomini" check --help
expect "run --help" 0 'os.Args' '' -- "$gomini" run --help
expect "no subcommand" 106 '' 'subcommand' -- "$gomini"
expect "check ok" 0 '' '' -- "$gomini" check "$tmp/hello.go"
expect "check library package" 0 '' '' -- "$gomini" check "$tmp/lib.go"
expect "check -lang=go1.21" 0 '' '' -- "$gomini" check -lang=go1.21 "$tmp/hello.go"
expect "check --lang go1.21" 0 '' '' -- "$gomini" check --lang go1.21 "$tmp/hello.go"
expect "check bad -lang" 2 '' 'invalid value "1.21" for flag -lang' -- "$gomini" check -lang=1.21 "$tmp/hello.go"
expect "check errors: format" 1 '' "^$tmp/bad.go:3:8: \"os\" imported and not used$" -- "$gomini" check "$tmp/bad.go"
expect "check errors: unused" 1 '' "^$tmp/bad.go:6:2: declared and not used: x$" -- "$gomini" check "$tmp/bad.go"
expect "check errors: assign" 1 '' "^$tmp/bad.go:7:17: cannot use 5 \(untyped int constant\) as string value in variable declaration$" -- "$gomini" check "$tmp/bad.go"
expect "syntax error" 1 '' "^$tmp/syntax.go:4:13: syntax error: unexpected newline, expecting \)$" -- "$gomini" check "$tmp/syntax.go"
expect "missing file" 1 '' 'open .*nope.go: no such file or directory' -- "$gomini" check "$tmp/nope.go"
expect "directory" 1 '' "^gomini: read $tmp: is a directory$" -- "$gomini" check "$tmp"
expect "run requires main" 1 '' 'package shapes|not a main package|main is undeclared' -- "$gomini" run "$tmp/lib.go"
expect "run reports type errors" 1 '' 'declared and not used: x' -- "$gomini" run "$tmp/bad.go" a b
expect "run" 0 '^hello, world$' '' -- "$gomini" run "$tmp/hello.go" arg1 -x
expect "run -lang" 0 '^hello, world$' '' -- "$gomini" run -lang=go1.21 "$tmp/hello.go"
expect "disasm" 0 'main\.main' '' -- "$gomini" disasm "$tmp/hello.go"
expect "disasm errors" 1 '' 'declared and not used: x' -- "$gomini" disasm "$tmp/bad.go"
expect "sample" 0 '' '' -- "$gomini" check "$src/samples/hello.go"

cat >"$tmp/esc.go" <<'GO'
package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	c := counter()
	println(c())
}
GO
expect "check -m: moved to heap" 0 '' "^$tmp/esc.go:4:2: moved to heap: n$" -- "$gomini" check -m "$tmp/esc.go"
expect "check -m: func literal" 0 '' "^$tmp/esc.go:5:9: func literal escapes to heap$" -- "$gomini" check -m "$tmp/esc.go"
expect "check without -m is silent" 0 '' '' -- "$gomini" check "$tmp/esc.go"

# Too many errors: gc prints 10 and then "too many errors".
{
    echo "package main"
    echo "func main() {"
    for i in $(seq 1 12); do echo "	var v$i int"; done
    echo "}"
} >"$tmp/many.go"
"$gomini" check "$tmp/many.go" 2>"$tmp/err"
lines=$(wc -l <"$tmp/err")
if [ "$lines" = 11 ] && tail -n 1 "$tmp/err" | grep -q "^$tmp/many.go:12:6: too many errors$"; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL: too many errors (got $lines lines)"; cat "$tmp/err"; fi

# Deep nesting that the checker accepts also compiles and runs (the compiler runs on the parser's
# large stack): 4000 nested func literals, a chain of 10000 method calls.
{
    echo "package main"
    echo "func main() {"
    echo "	x := 0"
    printf '\t'; for i in $(seq 1 4000); do printf 'func() {'; done
    printf ' x++ '; for i in $(seq 1 4000); do printf '}()'; done
    echo
    echo "	println(x)"
    echo "}"
} >"$tmp/nested.go"
expect "4000 nested func literals run" 0 "" "^1$" -- "$gomini" run "$tmp/nested.go"
{
    echo "package main"
    echo "type T struct{ v int }"
    echo "func (t T) B() T { t.v++; return t }"
    echo "func main() {"
    printf '\tprintln(T{}'; for i in $(seq 1 10000); do printf '.B()'; done; echo '.v)'
    echo "}"
} >"$tmp/chain.go"
expect "a chain of 10000 method calls runs" 0 "" "^10000$" -- "$gomini" run "$tmp/chain.go"

# As go run: what follows FILE.go is the program's, verbatim and in order (flags included).
cat >"$tmp/args.go" <<'GO'
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args)-1, os.Args[1:])
}
GO
expect "program arguments verbatim" 0 '^5 \[a -m -- --help -lang=go1.21\]$' '' -- "$gomini" run "$tmp/args.go" a -m -- --help -lang=go1.21
expect "flags before FILE are gomini's" 0 '^1 \[x\]$' '' -- "$gomini" run -lang go1.21 "$tmp/args.go" x

echo "cli: $pass passed, $fail failed"
[ $fail = 0 ]
