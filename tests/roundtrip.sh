#!/bin/sh
# roundtrip.sh — parse -> print -> parse gives the same tree.
#
# For every .go file under testdata/ and a fixed sample of $GOROOT/src
# (every 20th file in sorted order), of those goesc parses:
#   goesc -dump=source FILE > printed.go
#   goesc -dump=ast FILE        }  compared with the bracketed
#   goesc -dump=ast printed.go  }  positions stripped
# Prints "FAIL file" (and the first differing lines) per failure, then
# "N passed, N failed".  Exit status 1 on any failure.
#
#   GOESC=path/to/goesc  (default ./goesc)
#   ROUNDTRIP_STEP=N     sample every Nth GOROOT file (default 20)
#   VERBOSE=1            also print PASS lines

GOESC=${GOESC:-./goesc}
STEP=${ROUNDTRIP_STEP:-20}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/roundtrip.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

if [ ! -x "$GOESC" ]; then
  echo "roundtrip: $GOESC not found (run make first)" >&2
  exit 2
fi

pass=0
fail=0

# Positions are the bracketed "[l:c-l:c ...]" after each node kind.
strip_positions() {
  sed -E 's/ \[[0-9]+:[0-9]+-[0-9]+:[0-9]+( [a-z]+=[0-9]+:[0-9]+)*\]//'
}

# check FILE: round-trip one file.  Files goesc cannot parse are skipped
# (the GOROOT sample and testdata/ hold some on purpose).
check() {
  file=$1
  "$GOESC" -dump=ast "$file" > "$tmp/a.raw" 2> /dev/null || return 0
  strip_positions < "$tmp/a.raw" > "$tmp/a"
  if ! "$GOESC" -dump=source "$file" > "$tmp/printed.go" 2> "$tmp/err"; then
    echo "FAIL $file (-dump=source: $(head -n 1 "$tmp/err"))"
    fail=$((fail + 1))
    return 0
  fi
  if ! "$GOESC" -dump=ast "$tmp/printed.go" > "$tmp/b.raw" 2> "$tmp/err"; then
    echo "FAIL $file (printed source does not parse:" \
         "$(head -n 1 "$tmp/err"))"
    fail=$((fail + 1))
    return 0
  fi
  strip_positions < "$tmp/b.raw" > "$tmp/b"
  if cmp -s "$tmp/a" "$tmp/b"; then
    pass=$((pass + 1))
    [ -n "$VERBOSE" ] && echo "PASS $file"
  else
    echo "FAIL $file (trees differ)"
    diff "$tmp/a" "$tmp/b" | sed -n '2,7p' | sed 's/^/    /'
    fail=$((fail + 1))
  fi
  return 0
}

# Files are read from a list, one a line, so names need no quoting games.
find testdata -name '*.go' 2>/dev/null | LC_ALL=C sort > "$tmp/list"
while IFS= read -r f; do
  check "$f"
done < "$tmp/list"

if command -v go > /dev/null 2>&1; then
  root=$(go env GOROOT)
  find "$root/src" -name '*.go' | LC_ALL=C sort |
    awk -v step="$STEP" 'NR % step == 0' > "$tmp/list"
  while IFS= read -r f; do
    check "$f"
  done < "$tmp/list"
else
  echo "roundtrip: go not found, skipping the GOROOT sample"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
