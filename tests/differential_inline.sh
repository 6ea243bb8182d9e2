#!/bin/sh
# differential_inline.sh — goesc -m (inlining on) against gc's recorded
# output, file by file.
#
#   tests/differential_inline.sh [-v] [--check-goldens] [FILE.go ...]
#
# For each program of testdata/escape, testdata/inline and testdata/examples
# that has a NAME.m.golden (or the FILE.go named), runs, inside the file's
# directory,
#     $GOESC -m ./NAME.go          (stdout and stderr together)
# and compares the lines with NAME.m.golden, which holds what
# `go build -gcflags=-m` printed (tools/record_golden.sh -m): the
# `can inline` and `inlining call to` lines, then the escape results gc
# computed on the inlined code.  As in tests/differential.sh a leading "./"
# is removed from every line on both sides; goesc's "goesc: note: ..."
# lines on stderr (such as "inlining is not modeled yet") are dropped, since
# they are not diagnostics.  Nothing else is normalized.
#
# Each program prints PASS or FAIL (-v: with the first lines of the diff).
# The soundness check is tests/differential.sh's (tests/lib/unsound.awk):
# a golden "moved to heap", "escapes to heap" or "leaking param" that goesc
# contradicts makes the file UNSOUND, listed separately.
#
# Ratchets (paths relative to testdata/, "#" comments allowed):
#   tests/differential_inline.passing  programs identical to gc.  A listed
#       program that stops passing fails the run; a passing program not
#       listed is reported as NEW (add it).
#   tests/differential_inline.unsound  programs known to be unsound today
#       (inlining is not modeled yet, so gc's results on the inlined code
#       can be more heap than goesc's).  An unsound program not listed fails
#       the run; a listed one that became sound is reported as FIXED
#       (remove it).
#
# --check-goldens also rebuilds every program with the installed go and
# reports goldens that no longer match it (stale after a Go upgrade).
#
# Environment: GOESC (default ./goesc).  Exit: 0 no regression, 1 a
# regression, a crash, a new unsound program or a stale golden, 77 skipped
# (goesc not built, or no goldens at all).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
goesc=${GOESC:-$root/goesc}
case $goesc in /*) ;; *) goesc=$root/$goesc ;; esac
ratchet=$root/tests/differential_inline.passing
known_unsound=$root/tests/differential_inline.unsound
verbose=0 check_goldens=0
while [ $# -gt 0 ]; do
  case $1 in
    -v) verbose=1 ;;
    --check-goldens) check_goldens=1 ;;
    -*) echo "usage: tests/differential_inline.sh [-v] [--check-goldens] [FILE.go ...]" >&2
        exit 2 ;;
    *) break ;;
  esac
  shift
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

# The programs, as paths relative to testdata/ (FILE.go arguments may be
# given relative to the current directory or to testdata/).
if [ $# -eq 0 ]; then
  (cd "$root/testdata" && for f in escape/*.go inline/*.go examples/*.go; do
    [ -f "${f%.go}.m.golden" ] && echo "$f"
  done) > "$work/programs"
else
  for f in "$@"; do
    [ -f "$f" ] || f=$root/testdata/$f
    if [ ! -f "${f%.go}.m.golden" ]; then
      echo "differential_inline.sh: ${f%.go}.m.golden: no such file" >&2
      exit 2
    fi
    f=$(cd "$(dirname "$f")" && pwd)/${f##*/}
    echo "${f#"$root/testdata/"}"
  done > "$work/programs"
fi
cd "$root/testdata" || exit 1
if [ ! -s "$work/programs" ]; then
  echo "SKIP: no NAME.m.golden in testdata (record them: tools/record_golden.sh -m)"
  exit 77
fi
total=$(wc -l < "$work/programs")

# ---- are the goldens still what the installed go prints? ----
if [ $check_goldens -eq 1 ]; then
  if ! command -v go >/dev/null 2>&1; then
    echo "SKIP: --check-goldens: go not found"
  else
    stale=0
    while read -r f; do
      # never -o /dev/null (as root the compiler would replace the device)
      if ! (cd "$(dirname "$f")" &&
            GOFLAGS= go build -gcflags=-m -o "$work/bin" "${f##*/}") > "$work/gc" 2>&1; then
        echo "FAIL: go build $f failed: $(grep -v '^# ' "$work/gc" | head -1)"
        stale=$((stale + 1))
        continue
      fi
      grep -v '^# ' "$work/gc" > "$work/gc.out"
      if ! cmp -s "$work/gc.out" "${f%.go}.m.golden"; then
        echo "FAIL: ${f%.go}.m.golden is stale for $(go version | cut -d' ' -f3)"
        diff "${f%.go}.m.golden" "$work/gc.out" | head -6 | sed 's/^/    /'
        stale=$((stale + 1))
      fi
    done < "$work/programs"
    if [ $stale -eq 0 ]; then
      echo "PASS: all $total -m goldens match $(go version | cut -d' ' -f3)"
    else
      echo "FAIL: $stale stale golden(s); run tools/record_golden.sh -m"
      status=1
    fi
  fi
fi

if [ ! -x "$goesc" ]; then
  echo "SKIP: $goesc not built (make first)"
  [ $status -ne 0 ] && exit $status
  exit 77
fi

# Strip a leading "./"; drop goesc's notes.
normalize() { grep -v '^goesc: note: ' "$1" | sed 's,^\./,,'; }

# listed FILE — its entries, without comments and blank lines; with FILE.go
# arguments, only those run.
listed() {
  [ -f "$1" ] || return 0
  grep -v '^#' "$1" | grep -v '^[[:space:]]*$' | grep -xF -f "$work/programs"
}
listed "$known_unsound" > "$work/known"

same=0 differ=0 bad=0 crashed=0 unsupported=0
: > "$work/passing"
: > "$work/unsound_files"
# gc's lines, by kind, and how many of them goesc prints (as a multiset,
# in any order): the finer measure of progress.
: > "$work/linecounts"
while read -r f; do
  name=${f%.go}
  (cd "$(dirname "$f")" && "$goesc" -m "./${f##*/}") > "$work/out" 2>&1
  rc=$?
  normalize "$work/out" > "$work/ours"
  normalize "$name.m.golden" > "$work/gc"
  awk -v ours="$work/ours" '
    BEGIN { while ((getline line < ours) > 0) have[line]++ }
    {
      kind = "escape"
      if ($0 ~ /: can inline /) kind = "can"
      else if ($0 ~ /: inlining call to /) kind = "call"
      n[kind]++
      if (have[$0] > 0) { have[$0]--; m[kind]++ }
    }
    END { print n["can"] + 0, m["can"] + 0, n["call"] + 0, m["call"] + 0,
                n["escape"] + 0, m["escape"] + 0 }' "$work/gc" >> "$work/linecounts"
  if [ $rc -ge 128 ]; then
    echo "FAIL: $f: goesc crashed (exit $rc)"
    crashed=$((crashed + 1))
    status=1
  elif [ $rc -eq 3 ]; then
    echo "FAIL: $f: goesc cannot analyze it (exit 3): $(grep -v '^goesc: note: ' "$work/out" | head -1)"
    unsupported=$((unsupported + 1))
  fi
  if [ $rc -lt 128 ] && [ $rc -ne 3 ] && cmp -s "$work/ours" "$work/gc"; then
    same=$((same + 1))
    echo "$f" >> "$work/passing"
    echo "PASS: $f"
  else
    differ=$((differ + 1))
    if [ $rc -lt 128 ] && [ $rc -ne 3 ]; then
      echo "FAIL: $f: $(diff "$work/gc" "$work/ours" | grep -c '^[<>]') lines differ"
      [ $verbose -eq 1 ] &&
        diff "$work/gc" "$work/ours" | grep '^[<>]' | head -8 | sed 's/^/    /'
    fi
  fi
  # a refusal (exit 3) or a crash is no answer, so it cannot be unsound
  : > "$work/unsound"
  [ $rc -lt 128 ] && [ $rc -ne 3 ] &&
    awk -v golden="$work/gc" -v ours="$work/ours" -f "$root/tests/lib/unsound.awk" \
      > "$work/unsound"
  if [ -s "$work/unsound" ]; then
    bad=$((bad + 1))
    echo "$f" >> "$work/unsound_files"
    echo "UNSOUND: $f"
    # the details of a known unsound program only with -v
    if [ $verbose -eq 1 ] || ! grep -qxF "$f" "$work/known"; then
      sed 's/^/    /' "$work/unsound"
    fi
  fi
done < "$work/programs"

echo "differential_inline: $same/$total identical to gc, $differ differ" \
     "($unsupported unsupported, $crashed crashed), $bad unsound"
awk '{ for (i = 1; i <= 6; i++) s[i] += $i }
  function pct(a, b) { return b ? sprintf("%.1f%%", 100 * a / b) : "-" }
  END {
    printf "gc lines printed by goesc: can inline %d/%d, inlining call to %d/%d, escape %d/%d (%s)\n",
      s[2], s[1], s[4], s[3], s[6], s[5], pct(s[6], s[5])
  }' "$work/linecounts"

# ---- the ratchets ----
regressions=0
listed "$ratchet" > "$work/listed"
while read -r f; do
  if ! grep -qxF "$f" "$work/passing"; then
    echo "FAIL: $f is listed in tests/differential_inline.passing but no longer passes"
    regressions=$((regressions + 1))
  fi
done < "$work/listed"
while read -r f; do
  grep -qxF "$f" "$work/listed" ||
    echo "NEW: $f passes; add it to tests/differential_inline.passing"
done < "$work/passing"
while read -r f; do
  if ! grep -qxF "$f" "$work/known"; then
    echo "FAIL: $f is unsound and not listed in tests/differential_inline.unsound"
    regressions=$((regressions + 1))
  fi
done < "$work/unsound_files"
while read -r f; do
  grep -qxF "$f" "$work/unsound_files" ||
    echo "FIXED: $f is sound now; remove it from tests/differential_inline.unsound"
done < "$work/known"
[ $regressions -gt 0 ] && status=1
[ $crashed -gt 0 ] && echo "FAIL: $crashed program(s) crashed goesc"
if [ $status -eq 0 ]; then
  echo "PASS: no regression ($(wc -l < "$work/listed") listed passing," \
       "$(wc -l < "$work/known") listed unsound)"
else
  echo "FAIL"
fi
exit $status
