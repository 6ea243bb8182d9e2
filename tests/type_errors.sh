#!/bin/sh
# tests/type_errors.sh — gc's type errors, reproduced.
#
# Each testdata/errors/NAME.go is an ill-typed program; NAME.golden holds
# `go build` output for it (the "# command-line-arguments" line dropped,
# "./" stripped from positions).  goesc -types must exit 1 on every one
# and never crash; we count how many match gc's first line exactly (and
# how many match completely).  tests/type_errors.passing lists the programs
# whose first line matched when it was last updated: a program on that list
# that stops matching fails the test (a ratchet).  Run with UPDATE=1 to
# rewrite the list.
#
# Exit: 0 pass, 1 fail.
GOESC=${GOESC:-./goesc}
case $GOESC in /*) ;; *) GOESC=$(pwd)/$GOESC ;; esac
dir=$(cd "$(dirname "$0")/.." && pwd)
passing_file=$dir/tests/type_errors.passing
cd "$dir/testdata/errors" || exit 1
total=0 first_ok=0 full_ok=0 crashes=0 badexit=0 regressions=0
now=""
for f in *.go; do
  name=${f%.go}
  total=$((total + 1))
  out=$("$GOESC" -types "./$f" 2>&1)
  rc=$?
  out=$(printf '%s\n' "$out" | sed 's#^\./##; s#	\./#	#')
  if [ $rc -gt 3 ]; then
    echo "FAIL: $name: crashed (exit $rc)"
    crashes=$((crashes + 1))
    continue
  fi
  if [ $rc -ne 1 ]; then
    echo "FAIL: $name: exit $rc, want 1"
    badexit=$((badexit + 1))
  fi
  want_first=$(head -n 1 "$name.golden")
  got_first=$(printf '%s\n' "$out" | head -n 1)
  if [ "$want_first" = "$got_first" ]; then
    first_ok=$((first_ok + 1))
    now="$now $name"
  else
    [ -n "$VERBOSE" ] && printf 'MISMATCH %s\n  want: %s\n  got:  %s\n' "$name" "$want_first" "$got_first"
    if [ -f "$passing_file" ] && grep -qx "$name" "$passing_file"; then
      echo "FAIL: $name: first line regressed"
      echo "  want: $want_first"
      echo "  got:  $got_first"
      regressions=$((regressions + 1))
    fi
  fi
  if [ "$(cat "$name.golden")" = "$out" ]; then
    full_ok=$((full_ok + 1))
  fi
done
pct=$((first_ok * 100 / total))
echo "type errors: $first_ok/$total first lines match gc ($pct%), $full_ok/$total identical, $crashes crashes, $badexit wrong exit codes"
if [ -n "$UPDATE" ]; then
  printf '%s\n' $now > "$passing_file"
  echo "updated $passing_file"
fi
if [ $crashes -gt 0 ] || [ $badexit -gt 0 ] || [ $regressions -gt 0 ]; then
  echo "FAIL: type_errors"
  exit 1
fi
echo "PASS: type_errors"
exit 0
