#!/bin/sh
# tests/types_layout.sh — goesc's type layout against go/types with gc sizes.
#
# For every package in testdata/types (a single NAME.go, or a directory of
# files) `goesc -dump=types` must print exactly what tools/layout prints:
# each package-level declaration with its type, size and alignment, struct
# fields with offsets.  The other Go programs of testdata/ (escape, parse,
# examples, stdlib_probe) are compared too when goesc models their imports.
#
# Needs `go` (to build tools/layout); exits 77 (skip) without it.
GOESC=${GOESC:-./goesc}
case $GOESC in /*) ;; *) GOESC=$(pwd)/$GOESC ;; esac
dir=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v go >/dev/null 2>&1; then
  echo "SKIP: types_layout: go not found (needed to build tools/layout)"
  exit 77
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/types_layout.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
if ! (cd "$dir" && go build -o "$tmp/layout" ./tools/layout/main.go); then
  echo "FAIL: types_layout: cannot build tools/layout"
  exit 1
fi

total=0 same=0 failed=0 skipped=0
compare() { # compare NAME FILES...
  name=$1
  shift
  "$tmp/layout" "$@" > "$tmp/want" 2>&1
  "$GOESC" -dump=types "$@" > "$tmp/got" 2>&1
  total=$((total + 1))
  if cmp -s "$tmp/want" "$tmp/got"; then
    same=$((same + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name"
    diff "$tmp/want" "$tmp/got" | head -10 | sed 's/^/    /'
  fi
}

cd "$dir/testdata/types" || exit 1
for f in *.go; do
  compare "types/$f" "$f"
done
for d in */; do
  d=${d%/}
  [ -d "$d" ] || continue
  compare "types/$d" "$d"/*.go
done
strict_total=$total strict_same=$same

# The rest of testdata: programs whose imports goesc models.
cd "$dir/testdata" || exit 1
for f in escape/*.go parse/*.go examples/*.go stdlib_probe/*.go; do
  [ -f "$f" ] || continue
  if ! "$GOESC" -types "$f" >/dev/null 2>&1; then
    skipped=$((skipped + 1))
    continue
  fi
  compare "$f" "$f"
done
echo "types layout: testdata/types $strict_same/$strict_total identical; all $same/$total identical ($skipped programs with unmodeled imports not compared)"
if [ $failed -gt 0 ]; then
  echo "FAIL: types_layout"
  exit 1
fi
echo "PASS: types_layout"
exit 0
