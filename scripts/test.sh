#!/usr/bin/env bash
# test.sh — builds (incrementally) and runs the whole test suite with ctest:
# doctest unit tests, the conformance programs under tests/go and samples/,
# the run programs (tests/go/run, tests/go/ok, samples: gomini_gorun, also
# with GODEBUG=gcstress=1) and the command-line tests.
#   GOMINI_SANITIZE=address scripts/test.sh   ASan+UBSan build in build-address/
#   GOMINI_SANITIZE=thread  scripts/test.sh   TSan build in build-thread/
set -euo pipefail
cd "$(dirname "$0")/.."
san=${GOMINI_SANITIZE:-}
build=${BUILD_DIR:-build${san:+-$san}}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGOMINI_SANITIZE="$san" >/dev/null
cmake --build "$build"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# Under a sanitizer the programs run once, without the gcstress pass (which
# repeats them with a collection every few allocations: minutes under ASan)
# and without gorun_realgo (it runs real Go, not gomini).
exclude=()
[ -n "$san" ] && exclude=(-E 'gorun_gcstress|gorun_realgo')
ctest --test-dir "$build" --output-on-failure "${exclude[@]}"
