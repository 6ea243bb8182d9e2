#!/bin/sh
# inline_costs.sh — goesc's inlining decisions against gc's.
#
# For every program of testdata/inline/*.go and testdata/escape/*.go the
# golden testdata/inline/costs/NAME.costs holds the lines gc 1.26 prints at
# -m=2 about inlinability, without the body dump:
#     ./NAME.go:LINE:COL: can inline f with cost N
#     ./NAME.go:LINE:COL: cannot inline f: reason
# (and the shape instances of imported generic functions gc compiles in the
# program, at $GOROOT/src/PKG/FILE.go:LINE:COL)
# and testdata/inline/costs/NAME.m the `can inline` / `inlining call to`
# lines gc prints at plain -m (tests/differential_inline.sh compares the
# expansions).  The script runs `goesc -debug-inline-costs` (the decisions,
# then the closures the expansions copy, main.f.func1) and compares,
# function by function: same cost, same reason, same order.
#
#   sh tests/inline_costs.sh            compare (go is not needed)
#   sh tests/inline_costs.sh --record [FILE.go...]
#                                       re-record the goldens with go
#
# Ratchet: tests/inline_costs.passing lists the programs whose decisions
# all match; the script fails when one of them stops matching, and says so
# when a program not listed starts matching (add it).  Exit 0 pass, 1 fail,
# 77 skip (--record without go).

cd "$(dirname "$0")/.." || exit 2
root=$(pwd)
GOESC=${GOESC:-$root/goesc}
golden=testdata/inline/costs
ratchet=tests/inline_costs.passing

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
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/inline_costs.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  for f in $(programs); do
    name=$(basename "$f" .go)
    rm -rf "$tmp/w" && mkdir "$tmp/w" && cp "$f" "$tmp/w/"
    (cd "$tmp/w" && go build -gcflags=-m=2 -o "$tmp/out" "$name.go" 2>&1) |
      grep -E '^[^ :]+:[0-9]+(:[0-9]+)?: (can inline|cannot inline) ' |
      sed -E 's/ as: .*//' > "$golden/$name.costs"
    (cd "$tmp/w" && go build -gcflags=-m -o "$tmp/out" "$name.go" 2>&1) |
      grep -E '^[^ :]+:[0-9]+(:[0-9]+)?: (can inline|inlining call to) ' \
      > "$golden/$name.m"
  done
  echo "recorded $(programs | wc -w) goldens in $golden"
  exit 0
fi

if [ ! -x "$GOESC" ]; then
  echo "inline_costs.sh: $GOESC is not built (run make)"
  exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/inline_costs.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
touch "$ratchet" 2>/dev/null
total=0 equal=0 expansion=0 reasons=0 reasons_equal=0 unsupported=0
programs_total=0 programs_pass=0 status=0
: > "$tmp/passing"
for f in $(programs); do
  name=$(basename "$f" .go)
  want=$golden/$name.costs
  [ -f "$want" ] || continue
  programs_total=$((programs_total + 1))
  dir=$(dirname "$f")
  (cd "$dir" && "$GOESC" -debug-inline-costs "./$name.go" \
      > "$tmp/got" 2> "$tmp/err")
  # Per function: the line gc printed against goesc's line for it.
  awk -v got="$tmp/got" -v err="$tmp/err" '
    BEGIN {
      while ((getline line < got) > 0) {
        split(line, p, ": "); key = p[1] " " fname(line); mine[key] = line
      }
      while ((getline line < err) > 0)
        if (line ~ /cannot cost/) { split(line, p, ": "); skip[p[1]] = 1 }
    }
    function fname(l,   s) {
      s = l; sub(/^[^ ]+ (can|cannot) inline /, "", s)
      sub(/( with cost |: ).*$/, "", s); return s
    }
    # "cannot inline f into g: ..." comes from the expansions of calls:
    # counted apart.  (The closures expansions copy into a caller, such as
    # main.f.func1, are compared: goesc prints them after the decisions.)
    / into / { expansion++; next }
    {
      key = $1; sub(/:$/, "", key); pos = key; key = key " " fname($0)
      total++
      if ($0 ~ /cannot inline/) reasons++
      if (key in mine && mine[key] == $0) { equal++; if ($0 ~ /cannot inline/) reasons_equal++ }
      else if (pos in skip) unsupported++
      else print "  want " $0 "\n   got " ((key in mine) ? mine[key] : "(nothing)") > "/dev/stderr"
    }
    END { print total + 0, equal + 0, reasons + 0, reasons_equal + 0, unsupported + 0, expansion + 0 }
  ' "$want" > "$tmp/counts" 2> "$tmp/diff"
  read t e r re u x < "$tmp/counts"
  expansion=$((expansion + x))
  total=$((total + t)); equal=$((equal + e)); reasons=$((reasons + r))
  reasons_equal=$((reasons_equal + re)); unsupported=$((unsupported + u))
  # The order must match too: compare the sequences of matched lines.
  grep -v -e ' into ' "$want" > "$tmp/want"
  if [ "$t" -eq "$e" ] && cmp -s "$tmp/want" "$tmp/got"; then
    programs_pass=$((programs_pass + 1))
    echo "$f" >> "$tmp/passing"
  elif grep -qx "$f" "$ratchet"; then
    echo "FAIL $f (in $ratchet)"
    cat "$tmp/diff"
    diff "$want" "$tmp/got" | head -20
    status=1
  fi
done
for f in $(cat "$tmp/passing"); do
  grep -qx "$f" "$ratchet" || echo "new pass: $f (add it to $ratchet)"
done
echo "functions: $equal/$total decisions equal to gc's (reasons $reasons_equal/$reasons), $unsupported not costed; $expansion lines of call expansion not compared"
echo "programs: $programs_pass/$programs_total identical (order included)"
exit $status
