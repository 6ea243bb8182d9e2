#!/bin/sh
# record_golden.sh — regenerate the golden outputs of gc with the installed Go.
#
#   tools/record_golden.sh [NAME.go ...]       -m -l goldens (default: every
#                                              testdata/escape/*.go)
#   tools/record_golden.sh -m [FILE.go ...]    -m goldens, inlining on
#                                              (default: every .go file of
#                                              testdata/escape, testdata/inline
#                                              and testdata/examples)
#
# NAME.golden is exactly what `go build -gcflags='-m -l'` prints for
# NAME.go, run inside testdata/escape, without the "# command-line-arguments"
# header line: paths stay as gc prints them (./NAME.go:L:C: ...).
# With -m, NAME.m.golden beside NAME.go is what `go build -gcflags=-m`
# prints, recorded the same way (run in the file's directory, header line
# removed, ./ paths kept); tests/differential_inline.sh compares goesc -m
# with it.  A program that fails to build is reported and its golden left
# alone.
#
# The binary goes to a scratch directory.  Do not use -o /dev/null here or
# with `go tool compile`: running as root, a compiler that replaces its
# output file turns /dev/null into a regular file.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
mode=-l
if [ "${1:-}" = -m ]; then
  mode=-m
  shift
fi
if ! command -v go >/dev/null 2>&1; then
  echo "record_golden: go not found" >&2
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0 count=0

# record FLAGS DIR FILE SUFFIX — build DIR/FILE with -gcflags=FLAGS inside
# DIR and write the output to DIR/NAME.SUFFIX.
record() {
  if ! (cd "$2" && GOFLAGS= go build -gcflags="$1" -o "$work/bin" "$3") \
       > "$work/out" 2>&1; then
    echo "FAIL: $2/$3 does not build:" >&2
    sed 's/^/    /' "$work/out" >&2
    status=1
    return
  fi
  grep -v '^# ' "$work/out" > "$2/${3%.go}.$4"
  count=$((count + 1))
}

if [ $mode = -l ]; then
  dir=$root/testdata/escape
  cd "$dir" || exit 1
  [ $# -eq 0 ] && set -- *.go
  for f in "$@"; do
    record '-m -l' "$dir" "${f##*/}" golden
  done
else
  if [ $# -eq 0 ]; then
    set -- "$root"/testdata/escape/*.go "$root"/testdata/inline/*.go \
           "$root"/testdata/examples/*.go
  fi
  for f in "$@"; do
    case $f in /*) ;; *) f=$(pwd)/$f ;; esac
    record -m "$(dirname "$f")" "${f##*/}" m.golden
  done
fi
echo "recorded $count golden file(s) ($mode) with $(go version)"
exit $status
