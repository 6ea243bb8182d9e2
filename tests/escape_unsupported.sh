#!/bin/sh
# escape_unsupported.sh — constructs goesc must refuse rather than guess.
#
# Each testdata/escape_unsupported/NAME.go starts with a line
#     // want: cannot analyze <what> yet
# and `goesc -m -l NAME.go` must exit 3 with exactly that message (after
# the position) on its first line and print nothing else: no escape line
# for a construct whose answer it did not compute.  docs/escape.md says
# what gc does for each.  An optional second line
#     // env: NAME=VALUE ...
# sets environment variables for the run (GOROOT=/nonexistent: an
# imported generic function whose Go source cannot be found).
#
# A file whose want line reads
#     // want: inlining: cannot model <what> yet
# is run with plain -m instead: where the inliner cannot follow, goesc
# prints the -m -l lines (computed, not guessed) and the note
# "goesc: note: inlining: cannot model <what> yet; ..." on stderr, and
# must exit 3, never 0.
#
# Environment: GOESC (default ./goesc).  Exit 0 all refused as expected.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
goesc=${GOESC:-$root/goesc}
cd "$root/testdata/escape_unsupported" || exit 1
status=0 count=0
for f in *.go; do
  count=$((count + 1))
  want=$(sed -n '1s,^// want: ,,p' "$f")
  vars=$(sed -n '2s,^// env: ,,p' "$f")
  case $want in
  'inlining: '*)
    out=$(env $vars "$goesc" -m "$f" 2>&1)
    rc=$?
    if [ $rc -ne 3 ] || ! printf '%s\n' "$out" | grep -qF "goesc: note: $want;"; then
      echo "FAIL: $f: exit $rc, want 3 and the note \"$want\":"
      printf '%s\n' "$out" | head -5 | sed 's/^/    /'
      status=1
    fi
    continue ;;
  esac
  out=$(env $vars "$goesc" -m -l "$f" 2>&1)
  rc=$?
  first=$(printf '%s\n' "$out" | head -1 | sed 's,^[^ ]*: goesc: ,,')
  lines=$(printf '%s\n' "$out" | wc -l)
  if [ $rc -ne 3 ] || [ "$first" != "$want" ] || [ "$lines" -ne 1 ]; then
    echo "FAIL: $f: exit $rc, want 3 and \"$want\":"
    printf '%s\n' "$out" | head -5 | sed 's/^/    /'
    status=1
  fi
done
[ $status -eq 0 ] && echo "PASS: $count construct(s) refused with exit 3"
exit $status
