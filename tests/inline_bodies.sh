#!/bin/sh
# inline_bodies.sh — the bodies goesc -m=2 prints after `as:`, against gc's.
#
# At -m=2 gc prints each inlinable function with its body, in the words of
# its IR printer:
#     ./NAME.go:LINE:COL: can inline f with cost N as: func(int) int { return x * 2 }
# For every program of testdata/inline/*.go and testdata/escape/*.go the
# golden testdata/inline/bodies/NAME.bodies holds those lines of gc 1.26.
# The script runs `goesc -m=2` on the program and compares, function by
# function (by position and name), the whole line: cost and body.
#
#   sh tests/inline_bodies.sh            compare (go is not needed)
#   sh tests/inline_bodies.sh --record [FILE.go...]
#                                        re-record the goldens with go
#
# Ratchet: tests/inline_bodies.passing lists the programs whose lines all
# match; the script fails when one of them stops matching, and says so when
# a program not listed starts matching (add it).  Exit 0 pass, 1 fail, 77
# skip (--record without go).

cd "$(dirname "$0")/.." || exit 2
root=$(pwd)
GOESC=${GOESC:-$root/goesc}
golden=testdata/inline/bodies
ratchet=tests/inline_bodies.passing

programs() {
  ls testdata/inline/*.go testdata/escape/*.go 2>/dev/null
}

if [ "${1:-}" = --record ]; then
  shift
  if [ $# -gt 0 ]; then
    chosen="$*"
    programs() { echo "$chosen"; }
  fi
  if ! command -v go >/dev/null 2>&1; then
    echo "go not found: cannot record the goldens"
    exit 77
  fi
  mkdir -p "$golden"
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/inline_bodies.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  for f in $(programs); do
    name=$(basename "$f" .go)
    rm -rf "$tmp/w" && mkdir "$tmp/w" && cp "$f" "$tmp/w/"
    (cd "$tmp/w" && go build -gcflags=-m=2 -o "$tmp/out" "$name.go" 2>&1) |
      grep -E '^\./[^:]+:[0-9]+:[0-9]+: can inline .* as: ' \
      > "$golden/$name.bodies"
  done
  echo "recorded $(programs | wc -w) goldens in $golden"
  exit 0
fi

if [ ! -x "$GOESC" ]; then
  echo "inline_bodies.sh: $GOESC is not built (run make)"
  exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/inline_bodies.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
touch "$ratchet" 2>/dev/null
total=0 equal=0 programs_total=0 programs_pass=0 status=0
: > "$tmp/passing"
for f in $(programs); do
  name=$(basename "$f" .go)
  want=$golden/$name.bodies
  [ -f "$want" ] || continue
  programs_total=$((programs_total + 1))
  (cd "$(dirname "$f")" && "$GOESC" -m=2 "./$name.go" 2> /dev/null) |
    grep -E '^\./[^:]+:[0-9]+:[0-9]+: can inline .* as: ' > "$tmp/got"
  # Per function: gc's line against goesc's line at the same position for
  # the same name (goesc prints the -m=2 lines in its own order).
  awk -v got="$tmp/got" '
    function key(l,   s) {
      s = l; sub(/ with cost .*$/, "", s); return s
    }
    BEGIN { while ((getline line < got) > 0) mine[key(line)] = line }
    {
      total++
      k = key($0)
      if (k in mine && mine[k] == $0) equal++
      else print "  want " $0 "\n   got " ((k in mine) ? mine[k] : "(nothing)") > "/dev/stderr"
    }
    END { print total + 0, equal + 0 }
  ' "$want" > "$tmp/counts" 2> "$tmp/diff"
  read t e < "$tmp/counts"
  total=$((total + t)); equal=$((equal + e))
  if [ "$t" -eq "$e" ]; then
    programs_pass=$((programs_pass + 1))
    echo "$f" >> "$tmp/passing"
  elif grep -qx "$f" "$ratchet"; then
    echo "FAIL $f (in $ratchet)"
    head -20 "$tmp/diff"
    status=1
  fi
  [ -n "${VERBOSE:-}" ] && [ -s "$tmp/diff" ] && { echo "== $f"; cat "$tmp/diff"; }
done
for f in $(cat "$tmp/passing"); do
  grep -qx "$f" "$ratchet" || echo "new pass: $f (add it to $ratchet)"
done
echo "bodies: $equal/$total lines equal to gc's"
echo "programs: $programs_pass/$programs_total with every body equal"
exit $status
