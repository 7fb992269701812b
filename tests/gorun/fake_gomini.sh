#!/usr/bin/env bash
# fake_gomini.sh run [FLAGS] FILE.go [ARGS] — a stand-in for `gomini run` used to test the runner
# (gomini_gorun) itself. It replays the expectations recorded in FILE.go: the // Output: block on
# stdout, the // Stderr: lines on stderr, and the // Exit: status. It also checks that the runner
# passed the file's // Args:, // Env: and // Flags: correctly (exit 99 otherwise).
# FAKE_GOMINI_MODE changes the behaviour so that the runner must report a failure:
#   replay (default) | wrong (last output line altered) | extra (one more output line) |
#   badexit (status + 1) | nostderr (no stderr) | sleep (hangs) | crash (dies by SIGSEGV) |
#   requireenv (needs FAKE_GLOBAL=yes)
set -u
[ "${1:-}" = run ] || { echo "fake_gomini: expected 'run'" >&2; exit 98; }
shift
flags=()
while [ $# -gt 0 ] && [ "${1%.go}" = "$1" ]; do flags+=("$1"); shift; done
file=${1:?fake_gomini: no FILE.go}
shift
mode=${FAKE_GOMINI_MODE:-replay}
hdr=$(awk '/^package /{exit} {print}' "$file")
want_args=$(printf '%s\n' "$hdr" | sed -n 's|^// Args: *||p' | tr -s ' \t' ' ' | sed 's/ *$//')
want_flags=$(printf '%s\n' "$hdr" | sed -n 's|^// Flags: *||p' | tr -s ' \t' ' ' | sed 's/ *$//')
if [ "$*" != "$want_args" ]; then echo "fake_gomini: args [$*], want [$want_args]" >&2; exit 99; fi
if [ "${flags[*]-}" != "$want_flags" ]; then echo "fake_gomini: flags [${flags[*]-}], want [$want_flags]" >&2; exit 99; fi
while IFS= read -r kv; do
  [ -n "$kv" ] || continue
  k=${kv%%=*}
  if [ "$(printenv "$k")" != "${kv#*=}" ] || ! printenv "$k" > /dev/null; then
    echo "fake_gomini: env $kv not set" >&2; exit 99
  fi
done < <(printf '%s\n' "$hdr" | sed -n 's|^// Env: *||p')
if [ "$mode" = requireenv ] && [ "${FAKE_GLOBAL:-}" != yes ]; then echo "fake_gomini: FAKE_GLOBAL unset" >&2; exit 99; fi
if [ "$mode" = sleep ]; then sleep 30; exit 0; fi
if [ "$mode" = crash ]; then kill -SEGV $$; fi
out=$(awk 'p { if ($0 == "//") print ""; else print substr($0, 4) } /^\/\/ Output:$/{p=1}' "$file"; echo x)
out=${out%x}
if [ "$mode" = wrong ] && [ -n "$out" ]; then out="${out%$'\n'}"; out="${out}X"$'\n'; fi
if [ "$mode" = extra ]; then out="${out}extra line"$'\n'; fi
printf '%s' "$out"
if [ "$mode" != nostderr ]; then
  printf '%s\n' "$hdr" | sed -n 's|^// Stderr: *||p' >&2
fi
status=$(printf '%s\n' "$hdr" | sed -n 's|^// Exit: *||p' | head -n 1)
status=${status:-0}
[ "$mode" = badexit ] && status=$((status + 1))
exit "$status"
