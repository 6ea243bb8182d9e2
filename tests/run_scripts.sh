#!/bin/sh
# run_scripts.sh — run every script test (tests/*.sh) and count the results.
#
# Each script gets $GOESC (an absolute path to the goesc binary under test)
# and says what happened through its exit status: 0 pass, 77 skip (with a
# line saying why, e.g. "go not found"), anything else fail.  Its output is
# shown indented under its name.  The last line counts the scripts, plus the
# unit tests when make passes their counts in $UNIT_SUMMARY ("passed
# failed"), as "N passed, N failed, N skipped".
#
#   GOESC=./goesc sh tests/run_scripts.sh [NAME.sh...]
#
# SKIP_SCRIPTS="a.sh b.sh" leaves those scripts out (counted as skipped):
# `make asan` uses it for scripts whose time goes to the Go toolchain rather
# than to goesc, which the plain run has already checked.
#
# Exit 1 when any script failed.

cd "$(dirname "$0")/.." || exit 2
root=$(pwd)

GOESC=${GOESC:-./goesc}
case $GOESC in
  /*) ;;
  *) GOESC=$root/${GOESC#./} ;;
esac
export GOESC
if [ ! -x "$GOESC" ]; then
  echo "run_scripts.sh: $GOESC is not built (run make)"
  exit 2
fi

# A sanitizer report must never pass for exit 1 ("errors in the input").
# Leaks are not reported for the goesc binary: it allocates and never frees
# (STYLE.md), so what is live at exit is by design.  The unit tests and
# the fuzzer, which free everything, run with leak detection on.
export ASAN_OPTIONS="${ASAN_OPTIONS:-exitcode=66:detect_leaks=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:exitcode=66:print_stacktrace=1}"

# No script may hang CI: each gets this many seconds.
LIMIT=${SCRIPT_TIME_LIMIT:-1200}

if [ $# -gt 0 ]; then
  scripts=""
  for name in "$@"; do scripts="$scripts tests/${name#tests/}"; done
else
  scripts=$(ls tests/*.sh)
fi

pass=0
fail=0
skip=0
failed_names=""
log=$(mktemp "${TMPDIR:-/tmp}/run_scripts.XXXXXX")
trap 'rm -f "$log"' EXIT

for script in $scripts; do
  name=${script#tests/}
  [ "$name" = run_scripts.sh ] && continue
  case " ${SKIP_SCRIPTS:-} " in
    *" $name "*)
      skip=$((skip + 1))
      echo "SKIP $name: left out of this run (SKIP_SCRIPTS)"
      continue ;;
  esac
  # Run it with the interpreter its #! line names (sh when there is none).
  interpreter=$(sed -n '1s/^#![[:space:]]*//p' "$script")
  [ -n "$interpreter" ] || interpreter=sh
  echo "== $name"
  start=$(date +%s)
  if command -v timeout > /dev/null 2>&1; then
    timeout -k 10 "$LIMIT" $interpreter "$script" > "$log" 2>&1 < /dev/null
  else
    $interpreter "$script" > "$log" 2>&1 < /dev/null
  fi
  rc=$?
  seconds=$(($(date +%s) - start))
  sed 's/^/    /' "$log"
  case $rc in
    0)
      pass=$((pass + 1))
      echo "PASS $name (${seconds}s)"
      ;;
    77)
      skip=$((skip + 1))
      echo "SKIP $name: $(tail -n 1 "$log")"
      ;;
    124)
      fail=$((fail + 1))
      failed_names="$failed_names $name"
      echo "FAIL $name: timed out after ${LIMIT}s"
      ;;
    *)
      fail=$((fail + 1))
      failed_names="$failed_names $name"
      echo "FAIL $name (exit $rc, ${seconds}s)"
      ;;
  esac
done

echo
[ -n "$failed_names" ] && echo "failed:$failed_names"
if [ -n "${UNIT_SUMMARY:-}" ] && [ -f "$UNIT_SUMMARY" ]; then
  read -r unit_pass unit_fail < "$UNIT_SUMMARY"
  echo "unit: $unit_pass passed, $unit_fail failed"
  echo "scripts: $pass passed, $fail failed, $skip skipped"
  echo "$((unit_pass + pass)) passed, $((unit_fail + fail)) failed, $skip skipped"
else
  echo "$pass passed, $fail failed, $skip skipped"
fi
[ "$fail" -eq 0 ]
