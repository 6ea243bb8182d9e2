#!/bin/sh
# goroot_run.sh — goesc against gc on real programs: the `// run` tests of
# $GOROOT/test (and its fixedbugs/ and typeparam/), which gc compiles.
#
#   tests/goroot_run.sh [-v] [--record] [-l | -m] [DIR/NAME.go ...]
#
# -l: goesc -m -l against gc's -m -l; -m: goesc -m against gc's -m; both,
# one after the other, when neither is given (as make test runs it).
#
# They are not goesc's to copy, so only gc's output is kept here:
# testdata/goroot_run/DIR_NAME.golden holds what `go build -gcflags='-m -l'`
# printed (NAME.m.golden: `-gcflags=-m`, with -m), recorded by --record with
# the Go of testdata/goroot_run/VERSION.  The programs are read from the
# GOROOT of the installed go (or $GOROOT); when there is none, or it is
# another version, the script skips (exit 77), saying so.
#
# Each program is analyzed in its directory, as gc was (in a copy), and
# compared line for line (a leading "./" removed).  Outcomes:
# identical, different, refused (goesc exit 2 or 3: a construct or a build
# constraint it does not handle, said on stderr), crashed, and UNSOUND
# (tests/lib/unsound.awk: goesc claims less escaping than gc).  A crash or
# an unsound program fails, and so does a program of the ratchet
# tests/goroot_run[.m].passing that is no longer identical.  The exception:
# tests/goroot_run[.m].unsound lists the programs known to be unsound,
# each with the reason; one not listed fails, a listed one that becomes
# sound is reported FIXED.  (Where -m cannot follow the inliner it prints
# the -m -l lines with a note and exits 3: refused, not compared.)  -v shows the
# differences.  Exit 0 pass, 1 fail, 77 skipped.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
goesc=${GOESC:-$root/goesc}
case $goesc in /*) ;; *) goesc=$root/$goesc ;; esac
golden=$root/testdata/goroot_run
verbose=0 record=0 mode= options=
while [ $# -gt 0 ]; do
  case $1 in
    -v) verbose=1 options="$options -v" ;;
    --record) record=1 options="$options --record" ;;
    -l|-m) mode=$1 ;;
    -*) echo "usage: tests/goroot_run.sh [-v] [--record] [-l | -m] [DIR/NAME.go ...]" >&2
        exit 2 ;;
    *) break ;;
  esac
  shift
done
if [ -z "$mode" ]; then
  sh "$0" $options -l "$@"
  first=$?
  sh "$0" $options -m "$@"
  second=$?
  [ $first -eq 1 ] || [ $second -eq 1 ] && exit 1
  [ $first -eq 77 ] && [ $second -eq 77 ] && exit 77
  exit 0
fi
if [ $mode = -m ]; then
  flags=-m suffix=.m.golden ratchet=$root/tests/goroot_run.m.passing
else
  flags="-m -l" suffix=.golden ratchet=$root/tests/goroot_run.passing
fi
known_unsound=${ratchet%.passing}.unsound

goroot=${GOROOT:-}
if command -v go >/dev/null 2>&1; then
  goroot=$(go env GOROOT)
fi
if [ -z "$goroot" ] || [ ! -d "$goroot/test" ]; then
  echo "SKIP: goroot_run: no Go installation with its test directory (set GOROOT)"
  exit 77
fi
want_version=$(cat "$golden/VERSION" 2>/dev/null)
have_version=$(head -1 "$goroot/VERSION" 2>/dev/null)
if [ $record -eq 0 ] && [ "$want_version" != "$have_version" ]; then
  echo "SKIP: goroot_run: goldens are for ${want_version:-nothing}, GOROOT has ${have_version:-an unknown version}"
  exit 77
fi

# The programs: a first line "// run" (no arguments, no extra files).
programs() {
  (cd "$goroot/test" && for f in *.go fixedbugs/*.go typeparam/*.go; do
     [ "$(head -1 "$f")" = "// run" ] && echo "$f"
   done)
}
[ $# -eq 0 ] && set -- $(programs)

work=$(mktemp -d "${TMPDIR:-/tmp}/goroot_run.XXXXXX")
trap 'rm -rf "$work"' EXIT

if [ $record -eq 1 ]; then
  if ! command -v go >/dev/null 2>&1; then
    echo "goroot_run.sh --record: go not found" >&2
    exit 77
  fi
  mkdir -p "$golden"
  echo "$have_version" > "$golden/VERSION"
  n=0
  for f in "$@"; do
    name=$(echo "$f" | tr / _)
    base=${f##*/}
    rm -rf "$work/p" && mkdir "$work/p" && cp "$goroot/test/$f" "$work/p/$base"
    # never -o /dev/null: as root the compiler would replace the device
    if (cd "$work/p" && go build -gcflags="$flags" -o "$work/p/bin" "$base" \
          > "$work/p/gc.txt" 2>&1); then
      grep -v '^#' "$work/p/gc.txt" > "$golden/${name%.go}$suffix"
      n=$((n + 1))
    else
      rm -f "$golden/${name%.go}$suffix"
    fi
  done
  echo "recorded $n golden file(s) ($flags) with $have_version"
  exit 0
fi

strip() { sed 's,^\./,,' "$1"; }
total=0 same=0 differ=0 refused=0 crashed=0 unsound=0 status=0
: > "$work/passing"
for f in "$@"; do
  name=$(echo "$f" | tr / _)
  want=$golden/${name%.go}$suffix
  [ -f "$want" ] || continue # gc did not build it
  total=$((total + 1))
  base=${f##*/}
  (cd "$goroot/test/${f%"$base"}" &&
     "$goesc" $flags "./$base" > "$work/out.txt" 2> "$work/err.txt")
  rc=$?
  strip "$want" > "$work/want"
  strip "$work/out.txt" > "$work/got"
  if [ $rc -le 1 ] && cmp -s "$work/want" "$work/got"; then
    same=$((same + 1))
    echo "$f" >> "$work/passing"
    continue
  fi
  if [ $rc -gt 3 ]; then
    crashed=$((crashed + 1)) status=1
    echo "CRASH: $f (exit $rc)"
    continue
  fi
  # a refusal claims nothing: only an analysis can be unsound
  bad=
  [ $rc -le 1 ] &&
    bad=$(awk -v golden="$work/want" -v ours="$work/got" -f "$root/tests/lib/unsound.awk")
  if [ -n "$bad" ]; then
    unsound=$((unsound + 1))
    echo "$f" >> "$work/unsound"
    if grep -qx "$f" "$known_unsound" 2>/dev/null; then
      [ $verbose -eq 1 ] && echo "unsound (listed): $f"
    else
      status=1
      echo "UNSOUND: $f"
      printf '%s\n' "$bad" | head -5 | sed 's/^/    /'
    fi
  fi
  if [ $rc -eq 2 ] || [ $rc -eq 3 ]; then
    refused=$((refused + 1))
    [ $verbose -eq 1 ] && echo "refused: $f: $(head -1 "$work/err.txt")"
  else
    differ=$((differ + 1))
    if [ $verbose -eq 1 ]; then
      echo "DIFFER: $f"
      diff "$work/want" "$work/got" | grep '^[<>]' | head -10 | sed 's/^/    /'
    fi
  fi
done

# The ratchet (only over the programs of this run).
touch "$ratchet" "$work/unsound"
for f in "$@"; do
  if grep -qx "$f" "$known_unsound" 2>/dev/null &&
     ! grep -qx "$f" "$work/unsound"; then
    echo "FIXED: $f is sound now; remove it from ${known_unsound#$root/}"
  fi
  grep -qx "$f" "$ratchet" || continue
  if ! grep -qx "$f" "$work/passing"; then
    echo "FAIL: $f is listed in ${ratchet#$root/} but is no longer identical"
    status=1
  fi
done
while read -r f; do
  grep -qx "$f" "$ratchet" || echo "NEW: $f is identical; add it to ${ratchet#$root/}"
done < "$work/passing"
echo "goroot_run ($flags): $total programs of \$GOROOT/test: $same identical to gc, $differ differ, $refused refused, $crashed crashed, $unsound unsound"
[ $status -eq 0 ] && echo PASS || echo FAIL
exit $status
