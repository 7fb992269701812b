#!/usr/bin/env bash
# realgo_gomini.sh run [FLAGS] FILE.go [ARGS] — stands in for `gomini run` using real Go
# (GO, default /usr/lib/go-1.19/bin/go): builds FILE.go and runs it with ARGS, passing its
# stdout, stderr and exit status through. gomini's FLAGS are ignored (-lang=go1.21 is Go 1.19's
# own loop semantics). With it, gomini_gorun checks the recorded expectations against Go itself:
#   gomini_gorun --gomini tests/gorun/realgo_gomini.sh \
#       --expect-fail-list tests/gorun/realgo_known_differences.txt tests/go/run tests/go/ok samples
set -u
GO=${GO:-/usr/lib/go-1.19/bin/go}
[ "${1:-}" = run ] || { echo "realgo_gomini: expected 'run'" >&2; exit 98; }
shift
while [ $# -gt 0 ] && [ "${1%.go}" = "$1" ]; do shift; done
file=${1:?realgo_gomini: no FILE.go}
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$file" "$tmp/main.go"
export GOCACHE=${GOCACHE:-/tmp/runtests-gocache} GOPATH=/tmp/runtests-gopath GOFLAGS= GOTOOLCHAIN=local
# The build itself runs without GODEBUG (a gctrace=1 test must only trace the program).
if ! (cd "$tmp" && env -u GODEBUG "$GO" build -o prog main.go) >&2; then exit 97; fi
"$tmp/prog" "$@"
