#!/bin/sh
# check_errorcheck_with_gc.sh — validate src/errorcheck.c against Go's own
# test harness, using gc's own output.
#
#   tools/check_errorcheck_with_gc.sh [TESTDIR]   (default: $(go env GOROOT)/test)
#
# For every single-file test whose recipe is `errorcheck ... -m ...` (or
# errorcheckwithauto), runs `go tool compile` with the test's flags as the
# harness does, and judges gc's output with errorcheck (through
# tools/errorcheck_lines.c).  The harness accepts gc's output for every one
# of these tests, so errorcheck must too: any FAIL is a bug in
# errorcheck.c (or a test that the harness skips on this platform).
# A one-off check run by hand; needs go.  Exit 0 pass, 1 fail, 77 skip.
set -u
cd "$(dirname "$0")/.." || exit 1
if ! command -v go >/dev/null 2>&1; then
  echo "SKIP: go not found"
  exit 77
fi
testdir=${1:-$(go env GOROOT)/test}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cc -std=c99 -D_POSIX_C_SOURCE=200809L -O2 -Iinclude -o "$work/errorcheck_lines" \
  tools/errorcheck_lines.c src/errorcheck.c src/report.c src/regex.c \
  src/arena.c src/source.c || exit 1
go list -export -f '{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}' std \
  > "$work/importcfg" 2>/dev/null

pass=0 fail=0 skip=0
for f in "$testdir"/*.go "$testdir"/*/*.go "$testdir"/*/*/*.go; do
  recipe=$(grep -m1 -v '^//go:build\|^// +build' "$f" | sed 's,^// *,,')
  case $recipe in
    errorcheck\ *-m*|errorcheckwithauto\ *-m*) ;;
    *) continue ;;
  esac
  # files of X.dir tests are not read by the harness as tests of their own
  case $f in *.dir/*) continue ;; esac
  # the harness's build constraints, roughly: skip what needs a
  # GOEXPERIMENT, or names only other systems
  build=$(grep -m1 '^//go:build' "$f")
  if [ -n "$build" ] && { echo "$build" | grep -q '[^!]goexperiment\.' ||
      ! echo "$build" | grep -q 'amd64\|linux\|!\|cgo\|gc'; }; then
    skip=$((skip + 1)); continue
  fi
  auto=
  case $recipe in errorcheckwithauto*) auto=-auto ;; esac
  set -- $recipe
  shift
  flags=
  while [ $# -gt 0 ]; do
    case $1 in
      -0|-1|-s) ;;
      -t|-goexperiment|-godebug|-gomodversion) shift ;;
      -*) flags="$flags $1" ;;
      *) break ;;
    esac
    shift
  done
  # -o into the scratch dir: never /dev/null (the compiler replaces its
  # output file, and as root that would clobber the device)
  (cd "$work" && go tool compile -p=p -d=panic -e -importcfg="$work/importcfg" \
    -o "$work/a.o" $flags "$f" > "$work/out" 2>&1)
  grep -v '^go tool\|^#' "$work/out" > "$work/out2"
  name=${f#"$testdir"/}
  if "$work/errorcheck_lines" $auto "$work/out2" "$f" > "$work/verdict"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL: $name"
    sed 's/^/    /' "$work/verdict" | head -20
  fi
done
echo "errorcheck on gc's own output: $pass pass, $fail fail, $skip skipped by build constraints"
[ "$fail" -eq 0 ] && echo "PASS" && exit 0
exit 1
