#!/bin/sh
# record_golden.sh — regenerate the golden outputs of testdata/escape with
# the installed Go.
#
#   tools/record_golden.sh [NAME.go ...]     (default: every testdata/escape/*.go)
#
# NAME.golden is exactly what `go build -gcflags='-m -l'` prints for
# NAME.go, run inside testdata/escape, without the "# command-line-arguments"
# header line: paths stay as gc prints them (./NAME.go:L:C: ...).  A program
# that fails to build is reported and its golden left alone.
#
# The binary goes to a scratch directory.  Do not use -o /dev/null here or
# with `go tool compile`: running as root, a compiler that replaces its
# output file turns /dev/null into a regular file.
set -u
cd "$(dirname "$0")/../testdata/escape" || exit 1
if ! command -v go >/dev/null 2>&1; then
  echo "record_golden: go not found" >&2
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ $# -eq 0 ] && set -- *.go
status=0 count=0
for f in "$@"; do
  f=${f##*/}
  if ! GOFLAGS= go build -gcflags='-m -l' -o "$work/bin" "$f" > "$work/out" 2>&1; then
    echo "FAIL: $f does not build:" >&2
    sed 's/^/    /' "$work/out" >&2
    status=1
    continue
  fi
  grep -v '^# ' "$work/out" > "${f%.go}.golden"
  count=$((count + 1))
done
echo "recorded $count golden file(s) with $(go version)"
exit $status
