#!/bin/sh
# differential.sh — goesc -m -l against gc's recorded output, file by file.
#
#   tests/differential.sh [-v] [--check-goldens] [NAME.go ...]
#
# For each testdata/escape/NAME.go (or the ones named), runs, inside
# testdata/escape,
#     $GOESC -m -l ./NAME.go        (stdout and stderr together)
# and compares the lines with NAME.golden, which holds what
# `go build -gcflags='-m -l'` printed (tools/record_golden.sh).  Before
# comparing, a leading "./" is removed from every line on both sides, so
# goesc may print the path either way, and the GOROOT of a line inside an
# imported package's code (/usr/local/go/src/slices/sort.go:...) becomes
# "GOROOT", so goldens recorded with another GOROOT compare; nothing else
# is normalized: same messages, same positions, same order, duplicates
# included.  A program calling imported generic functions needs their Go
# source ($GOROOT/src): where it is missing goesc refuses it (exit 3,
# "... was not found at ..."), and the program is SKIPPED, not failed.
#
# Beside the plain difference, a soundness check: goesc must never claim
# less escaping than gc.  A file is UNSOUND when, for a golden line at L:C,
#   - "moved to heap: X"            goesc does not print that line;
#   - "S escapes to heap"           goesc prints "S does not escape" at L:C;
#   - "leaking param[ content]: X"  goesc prints "X does not escape" at L:C,
#                                   or only result leaks for X there.
# UNSOUND files are listed separately: they are worse than a mismatch.
# (The rules are tests/lib/unsound.awk.)
#
# --check-goldens also rebuilds every program with the installed go and
# reports goldens that no longer match it (stale after a Go upgrade).
#
# Environment: GOESC (default ./goesc).  Exit: 0 all identical and sound,
# 1 any difference (or stale golden), 77 skipped: goesc is missing or its
# escape pass does not exist yet (`goesc -m -l` exits 3).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
goesc=${GOESC:-$root/goesc}
case $goesc in /*) ;; *) goesc=$root/$goesc ;; esac
dir=$root/testdata/escape
verbose=0 check_goldens=0
while [ $# -gt 0 ]; do
  case $1 in
    -v) verbose=1 ;;
    --check-goldens) check_goldens=1 ;;
    -*) echo "usage: tests/differential.sh [-v] [--check-goldens] [NAME.go ...]" >&2
        exit 2 ;;
    *) break ;;
  esac
  shift
done
cd "$dir" || exit 1
[ $# -eq 0 ] && set -- *.go
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

# ---- are the goldens still what the installed go prints? ----
if [ $check_goldens -eq 1 ]; then
  if ! command -v go >/dev/null 2>&1; then
    echo "SKIP: --check-goldens: go not found"
  else
    stale=0
    for f in "$@"; do
      f=${f##*/}
      # never -o /dev/null (as root the compiler would replace the device)
      if ! GOFLAGS= go build -gcflags='-m -l' -o "$work/bin" "$f" > "$work/gc" 2>&1; then
        # not a stale golden: the build itself failed (a broken program, or
        # the machine: go needs /dev/null, for one)
        echo "FAIL: go build $f failed: $(grep -v '^# ' "$work/gc" | head -1)"
        stale=$((stale + 1))
        continue
      fi
      grep -v '^# ' "$work/gc" > "$work/gc.out"
      if ! cmp -s "$work/gc.out" "${f%.go}.golden"; then
        echo "FAIL: ${f%.go}.golden is stale for $(go version | cut -d' ' -f3)"
        diff "${f%.go}.golden" "$work/gc.out" | head -6 | sed 's/^/    /'
        stale=$((stale + 1))
      fi
    done
    if [ $stale -eq 0 ]; then
      echo "PASS: all $# goldens match $(go version | cut -d' ' -f3)"
    else
      echo "FAIL: $stale stale golden(s); run tools/record_golden.sh"
      status=1
    fi
  fi
fi

# ---- is there an escape pass to test? ----
if [ ! -x "$goesc" ]; then
  echo "SKIP: $goesc not built (make first)"
  [ $status -ne 0 ] && exit $status
  exit 77
fi
"$goesc" -m -l "./${1##*/}" > "$work/probe" 2>&1
if [ $? -eq 3 ] && grep -q 'not implemented' "$work/probe"; then
  sed 's/^/    /' "$work/probe" | head -3
  echo "SKIP: goesc -m -l exits 3: the escape pass is not implemented yet"
  [ $status -ne 0 ] && exit $status
  exit 77
fi

# Strip a leading "./" so that either spelling of the path compares equal.
normalize() { sed 's,^\./,,; s,^/[^:]*/src/,GOROOT/src/,' "$1"; }

# The soundness rules above (file name cut), shared with
# tests/differential_inline.sh.
unsound() {
  awk -v golden="$1" -v ours="$2" -f "$root/tests/lib/unsound.awk"
}

same=0 differ=0 bad=0 crashed=0 unsupported=0 skipped=0
unsound_files=
for f in "$@"; do
  f=${f##*/}
  name=${f%.go}
  "$goesc" -m -l "./$f" > "$work/out" 2>&1
  rc=$?
  if [ $rc -eq 3 ] && grep -q 'the Go source of package .* was not found at' "$work/out"; then
    echo "SKIP: $f: $(sed 's/.*(\(the Go source .*\)) yet$/\1/' "$work/out" | head -1)"
    skipped=$((skipped + 1))
    continue
  fi
  normalize "$work/out" > "$work/ours"
  normalize "$name.golden" > "$work/gc"
  if [ $rc -ge 128 ]; then
    echo "FAIL: $f: goesc crashed (exit $rc)"
    crashed=$((crashed + 1))
  elif [ $rc -eq 3 ]; then
    echo "FAIL: $f: goesc cannot analyze it (exit 3): $(head -1 "$work/out")"
    unsupported=$((unsupported + 1))
  fi
  if [ $rc -lt 128 ] && [ $rc -ne 3 ] && cmp -s "$work/ours" "$work/gc"; then
    same=$((same + 1))
    [ $verbose -eq 1 ] && echo "PASS: $f"
  else
    differ=$((differ + 1))
    if [ $rc -lt 128 ] && [ $rc -ne 3 ]; then
      echo "FAIL: $f differs from gc (< gc, > goesc):"
      diff "$work/gc" "$work/ours" | grep '^[<>]' | head -8 | sed 's/^/    /'
    fi
  fi
  # a refusal (exit 3) or a crash is no answer, so it cannot be unsound
  : > "$work/unsound"
  [ $rc -lt 128 ] && [ $rc -ne 3 ] && unsound "$work/gc" "$work/ours" > "$work/unsound"
  if [ -s "$work/unsound" ]; then
    bad=$((bad + 1))
    unsound_files="$unsound_files $f"
    echo "UNSOUND: $f"
    sed 's/^/    /' "$work/unsound"
  fi
done
total=$(($# - skipped))
skip_note=
[ $skipped -gt 0 ] && skip_note=" ($skipped skipped: no GOROOT source)"
echo "differential: $same/$total identical to gc, $differ differ" \
     "($unsupported unsupported, $crashed crashed), $bad unsound$skip_note"
[ -n "$unsound_files" ] && echo "UNSOUND files:$unsound_files"
if [ $differ -eq 0 ] && [ $bad -eq 0 ] && [ $status -eq 0 ]; then
  echo "PASS"
  exit 0
fi
echo "FAIL"
exit 1
