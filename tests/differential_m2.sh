#!/bin/sh
# differential_m2.sh — goesc -m=2 -l against gc's, for what goesc models
# of -m=2 so far.
#
#   tests/differential_m2.sh [-v] [--record] [NAME.go ...]
#
# gc's -m=2 adds to -m two kinds of lines: "f capturing by value: x (addr=
# false assign=false width=8)" for each variable a closure captures, and
# the flow explanations ("x escapes to heap in f:", "parameter p leaks to
# {heap} for f with derefs=0:", then "  flow: ..." and "    from ... at
# ..." lines).  goesc prints the first kind, not yet the second (it says
# so on stderr).  So for each testdata/escape/NAME.go with a NAME.m2.golden
# (what `go build -gcflags='-m=2 -l'` printed, recorded by --record), the
# script drops gc's explanation lines and compares the rest with goesc's
# `-m=2 -l` output, line for line, as tests/differential.sh does (leading
# "./" removed, the stderr note dropped).
#
# Ratchet: tests/differential_m2.passing lists the programs that match;
# one that stops matching fails the run, one that starts is reported NEW.
# Exit 0 pass, 1 fail, 77 skip (--record without go).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
goesc=${GOESC:-$root/goesc}
case $goesc in /*) ;; *) goesc=$root/$goesc ;; esac
ratchet=$root/tests/differential_m2.passing
verbose=0 record=0
while [ $# -gt 0 ]; do
  case $1 in
    -v) verbose=1 ;;
    --record) record=1 ;;
    -*) echo "usage: tests/differential_m2.sh [-v] [--record] [NAME.go ...]" >&2
        exit 2 ;;
    *) break ;;
  esac
  shift
done
cd "$root/testdata/escape" || exit 1
[ $# -eq 0 ] && set -- *.go
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ $record -eq 1 ]; then
  if ! command -v go >/dev/null 2>&1; then
    echo "SKIP: --record needs go"
    exit 77
  fi
  for f in "$@"; do
    f=${f##*/}
    # never -o /dev/null (as root the compiler would replace the device)
    go build -gcflags='-m=2 -l' -o "$work/out" "./$f" > "$work/log" 2>&1
    grep -v '^#' "$work/log" > "${f%.go}.m2.golden"
  done
  echo "recorded $# -m=2 golden file(s) with $(go version)"
  exit 0
fi

# gc's explanation lines: the headers and the lines under them.
explanation='(escapes to heap in .+:$|: parameter .* leaks to .* with derefs=[0-9]+:$|:   flow: |:     from |:   warning: truncated explanation)'
total=0 same=0 status=0
: > "$work/passing"
for f in "$@"; do
  f=${f##*/}
  golden=${f%.go}.m2.golden
  [ -f "$golden" ] || continue
  total=$((total + 1))
  grep -Ev "$explanation" "$golden" | sed 's#^\./##' > "$work/want"
  "$goesc" -m=2 -l "./$f" 2>&1 | grep -v 'goesc: note:' |
    sed 's#^\./##' > "$work/got"
  if cmp -s "$work/want" "$work/got"; then
    same=$((same + 1))
    echo "$f" >> "$work/passing"
  elif grep -qx "$f" "$ratchet"; then
    echo "FAIL: $f (in $ratchet)"
    diff "$work/got" "$work/want" | head -10
    status=1
  elif [ $verbose -eq 1 ]; then
    echo "differ: $f"
    diff "$work/got" "$work/want" | head -6
  fi
done
while read -r f; do
  grep -qx "$f" "$ratchet" || echo "NEW: $f matches; add it to $ratchet"
done < "$work/passing"
echo "differential_m2: $same/$total programs identical to gc's -m=2 -l without its flow explanations"
exit $status
