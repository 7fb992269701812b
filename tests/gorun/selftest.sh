#!/usr/bin/env bash
# selftest.sh GORUN SRCDIR — tests gomini_gorun with fake_gomini.sh: replaying every recorded
# expectation must pass; wrong output, wrong status, missing stderr, a hang and a malformed
# file must fail; expect-fail lists must turn failures into XFAIL and passes into XPASS.
set -u
gorun=$1
src=$2
fake=$src/tests/gorun/fake_gomini.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

check() {  # check NAME WANT_RC REGEX -- [ENV=..] GORUN_ARGS...
    local name=$1 want_rc=$2 re=$3
    shift 4
    env "$@" > "$tmp/out" 2>&1
    local rc=$?
    if [ "$rc" = "$want_rc" ] && grep -qE -- "$re" "$tmp/out"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: $name (rc=$rc, want $want_rc; want output matching: $re)"
        tail -n 30 "$tmp/out"
    fi
}

dirs=("$src/tests/go/run" "$src/tests/go/ok" "$src/samples")
n=$(find "${dirs[@]}" -maxdepth 1 -name "*.go" -type f | wc -l)
check "replay passes everything" 0 "gorun: $n programs: $n passed, 0 failed" -- \
    FAKE_GOMINI_MODE=replay "$gorun" --gomini "$fake" -j 2 "${dirs[@]}"

# A few representative files: plain output, panics (Exit+Stderr), Args, Env, Flags.
some=("$src/tests/go/run/int_signed_wrap.go" "$src/tests/go/run/index_oob_unrecovered.go"
      "$src/tests/go/run/os_args.go" "$src/tests/go/run/os_getenv.go"
      "$src/tests/go/run/closure_loopvar_go121.go" "$src/tests/go/run/os_exit_code.go")
check "replay: selected files" 0 "6 passed, 0 failed" -- "$gorun" --gomini "$fake" "${some[@]}"
check "wrong stdout fails" 1 "stdout differs at line" -- FAKE_GOMINI_MODE=wrong "$gorun" --gomini "$fake" "${some[@]}"
check "wrong stdout: diff lines" 1 "^    \+  .*X$" -- FAKE_GOMINI_MODE=wrong "$gorun" --gomini "$fake" "${some[0]}"
check "extra stdout fails" 1 "1 failed" -- FAKE_GOMINI_MODE=extra "$gorun" --gomini "$fake" "${some[0]}"
check "wrong status fails" 1 "exit status 3, want 2" -- FAKE_GOMINI_MODE=badexit "$gorun" --gomini "$fake" "${some[1]}"
check "missing stderr fails" 1 "stderr lacks: panic: runtime error: index out of range \[5\] with length 3" -- \
    FAKE_GOMINI_MODE=nostderr "$gorun" --gomini "$fake" "${some[1]}"
check "timeout kills" 1 "timed out after 1 s" -- FAKE_GOMINI_MODE=sleep "$gorun" --gomini "$fake" --timeout 1 "${some[0]}"
check "crash is reported" 1 "killed by signal 11" -- FAKE_GOMINI_MODE=crash "$gorun" --gomini "$fake" "${some[0]}"
check "global --env reaches the program" 0 "1 passed, 0 failed" -- \
    FAKE_GOMINI_MODE=requireenv "$gorun" --gomini "$fake" --env FAKE_GLOBAL=yes "${some[3]}"
check "missing global env fails" 1 "1 failed" -- FAKE_GOMINI_MODE=requireenv "$gorun" --gomini "$fake" "${some[3]}"

printf '%s\n' "# known failures" "tests/go/run/int_signed_wrap.go" "index_oob_unrecovered.go  # trailing comment" \
    > "$tmp/list.txt"
check "expect-fail: listed failures are XFAIL" 0 "0 failed, 2 expected failures, 0 unexpected" -- \
    FAKE_GOMINI_MODE=wrong "$gorun" --gomini "$fake" --expect-fail-list "$tmp/list.txt" "${some[0]}" "${some[1]}"
check "expect-fail: unlisted failures still fail" 1 "1 failed, 2 expected failures" -- \
    FAKE_GOMINI_MODE=wrong "$gorun" --gomini "$fake" --expect-fail-list "$tmp/list.txt" "${some[0]}" "${some[1]}" "${some[2]}"
check "expect-fail: listed passes are XPASS" 1 "XPASS .*int_signed_wrap.go" -- \
    "$gorun" --gomini "$fake" --expect-fail-list "$tmp/list.txt" "${some[0]}"
cp "$tmp/list.txt" "$tmp/prune.txt"
check "--prune drops passing entries" 0 "pruned 1 entries" -- FAKE_GOMINI_MODE=nostderr \
    "$gorun" --gomini "$fake" --prune --expect-fail-list "$tmp/prune.txt" "${some[0]}" "${some[1]}"
if grep -q int_signed_wrap "$tmp/prune.txt" || ! grep -q '^index_oob_unrecovered.go  # trailing comment$' "$tmp/prune.txt" ||
    ! grep -q '^# known failures$' "$tmp/prune.txt"; then
    fail=$((fail + 1)); echo "FAIL: --prune rewrote the list wrongly:"; cat "$tmp/prune.txt"
else pass=$((pass + 1)); fi
printf '%s\n' "nt_signed_wrap.go" > "$tmp/partial.txt"
check "expect-fail: entries match whole path components" 0 "1 passed, 0 failed, 0 expected" -- \
    "$gorun" --gomini "$fake" --expect-fail-list "$tmp/partial.txt" "${some[0]}"

printf 'package main\n\nfunc main() {}\n' > "$tmp/noblock.go"
check "file without Output block fails" 1 "malformed test file: no // Output: block" -- \
    "$gorun" --gomini "$fake" "$tmp/noblock.go"
printf 'package main\n\nfunc main() {}\n\n// Output:\n// a\nfunc x() {}\n' > "$tmp/badblock.go"
check "code after the Output block fails" 1 "malformed test file" -- "$gorun" --gomini "$fake" "$tmp/badblock.go"
check "usage error" 2 "usage" -- "$gorun" "${some[0]}"
check "missing input" 2 "no such file" -- "$gorun" --gomini "$fake" "$tmp/nope.go"

echo "gorun selftest: $pass passed, $fail failed"
[ $fail = 0 ]
