#!/usr/bin/env bash
# hostile.sh — inputs built to break a parser: deep nesting, huge files,
# garbage bytes.  goesc -parse must answer every one with exit 0 (parsed)
# or exit 1 (errors, each reported as "path:line:col: message") — never a
# crash, a signal, a sanitizer report, an internal error or a hang.  (The
# column is left out past column 255, as gc leaves it out.)
#
# The files are generated into a temporary directory (the big ones once per
# run) and deleted at the end.  The 200 MB file is also timed, with its peak
# memory when GNU time is installed.  HOSTILE_BIG_MB changes its size.
set -u

root=$(cd "$(dirname "$0")/.." && pwd)
GOESC=${GOESC:-./goesc}
case $GOESC in /*) ;; *) GOESC=$root/${GOESC#./} ;; esac
if [ ! -x "$GOESC" ]; then
  echo "hostile.sh: $GOESC is not built (run make)"
  exit 2
fi
# Sanitizer reports exit 66, never 1.  No leak reports: goesc allocates
# and never frees, by design.
export ASAN_OPTIONS=${ASAN_OPTIONS:-exitcode=66:detect_leaks=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:exitcode=66:print_stacktrace=1}
export LC_ALL=C  # awk must write bytes, not UTF-8 characters

DEPTH=100000
BIG_MB=${HOSTILE_BIG_MB:-200}
dir=$(mktemp -d "${TMPDIR:-/tmp}/hostile.XXXXXX")
trap 'rm -rf "$dir"' EXIT

have_timeout=false
command -v timeout > /dev/null 2>&1 && have_timeout=true
gnu_time=""
if [ -x /usr/bin/time ] && /usr/bin/time -f %M true > /dev/null 2>&1; then
  gnu_time=/usr/bin/time
fi

failures=0

# repeat STRING COUNT — STRING written COUNT times, no newline.
repeat() {
  awk -v s="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'
}

# check NAME EXPECT [SECONDS [measure]] — run goesc -parse on $dir/NAME.go.
# EXPECT: ok (must exit 0), error (must exit 1 with a path:line[:col]
# message), either (0, or 1 with such a message).
check() {
  local name=$1 expect=$2 limit=${3:-60}
  local measure=${4:-}
  local file=$dir/$name.go out=$dir/$name.out rc verdict=ok why=""
  local start end
  start=$(date +%s.%N)
  local cmd=("$GOESC" -parse "$file")
  # The timed run: GNU time reports goesc's own peak RSS (timeout wraps it).
  [ -n "$measure" ] && [ -n "$gnu_time" ] && cmd=("$gnu_time" -f '%e %M' -o "$dir/$name.time" "${cmd[@]}")
  if $have_timeout; then
    timeout -k 5 "$limit" "${cmd[@]}" > /dev/null 2> "$out"
  else
    "${cmd[@]}" > /dev/null 2> "$out"
  fi
  rc=$?
  end=$(date +%s.%N)
  local seconds
  seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
  local first
  first=$(head -c 300 "$out" | head -n 1)

  if [ "$rc" -eq 124 ] && $have_timeout; then
    verdict=FAIL why="timed out after ${limit}s"
  elif [ "$rc" -gt 1 ]; then
    verdict=FAIL why="exit $rc (crash, signal, sanitizer or internal error)"
  elif grep -q -e 'AddressSanitizer' -e 'runtime error:' -e 'internal error' "$out"; then
    verdict=FAIL why="sanitizer or internal error reported"
  elif [ "$expect" = ok ] && [ "$rc" -ne 0 ]; then
    verdict=FAIL why="expected exit 0, got $rc"
  elif [ "$expect" = error ] && [ "$rc" -ne 1 ]; then
    verdict=FAIL why="expected exit 1 (errors), got $rc"
  elif [ "$rc" -eq 1 ] && ! grep -Eq "^$file:[0-9]+(:[0-9]+)?: ." "$out"; then
    # (gc, and goesc after it, leaves the column out past column 255.)
    verdict=FAIL why="exit 1 without a path:line[:col] message"
  fi
  local shown=${first#"$dir/"}
  printf '%-4s %-22s exit %-3s %6ss  %s\n' "$verdict" "$name" "$rc" "$seconds" \
    "${shown:0:100}"
  if [ "$verdict" = FAIL ]; then
    echo "     $why"
    head -n 5 "$out" | cut -c1-200 | sed 's/^/     | /'
    failures=$((failures + 1))
  fi
}

# ---- deep nesting ----
{ printf 'package p\n\nvar x = '; repeat '(' $DEPTH; printf '1'; repeat ')' $DEPTH; printf '\n'; } \
  > "$dir/nested_parens.go"
{ printf 'package p\n\nfunc f() {\n'; repeat '{' $DEPTH; repeat '}' $DEPTH; printf '\n}\n'; } \
  > "$dir/nested_blocks.go"
# "-+" pairs: never "--" or "++", which are other tokens.
{ printf 'package p\n\nvar x = '; repeat '-+' $((DEPTH / 2)); printf '1\n'; } \
  > "$dir/nested_unary.go"
{ printf 'package p\n\nvar x = '; repeat '[]any{' $DEPTH; repeat '}' $DEPTH; printf '\n'; } \
  > "$dir/nested_composite.go"
{ printf 'package p\n\nvar x '; repeat '[]' $DEPTH; printf 'int\n'; } \
  > "$dir/nested_slice_types.go"
{ printf 'package p\n\nvar x = '; repeat 'a[' $DEPTH; printf '0'; repeat ']' $DEPTH; printf '\n'; } \
  > "$dir/nested_index.go"
{ printf 'package p\n\nvar x = '; repeat 'func() int { return ' $((DEPTH / 10)); printf '1';
  repeat ' }()' $((DEPTH / 10)); printf '\n'; } > "$dir/nested_func_lits.go"

echo "-- nesting $DEPTH deep (exit 0, or 1 with a positioned error)"
check nested_parens either
check nested_blocks either
check nested_unary either
check nested_composite either
check nested_slice_types either
check nested_index either
check nested_func_lits either

# ---- bad bytes ----
: > "$dir/empty.go"
# 1 MiB of pseudo-random bytes, the same every run (awk, seed 1).
awk 'BEGIN { srand(1); for (i = 0; i < 1048576; i++) printf "%c", int(rand() * 256) }' \
  > "$dir/random_binary.go"
printf 'package p\n\nvar s = "a\0b"\n' > "$dir/nul_in_string.go"
printf 'package p\n\nvar x = 1\0\nvar y = 2\n' > "$dir/nul_in_code.go"
printf 'package p\n\nvar s = "caf\xe9"\n' > "$dir/bad_utf8_string.go"
printf 'package p\n\nvar \xff\xfex = 1\n' > "$dir/bad_utf8_ident.go"
printf 'package p\n\n// comment \xc3\x28 here\nvar x = 1\n' > "$dir/bad_utf8_comment.go"
printf '\xef\xbb\xbfpackage p\n\nvar x = 1\n' > "$dir/bom_at_start.go"
printf 'package p\n\nvar x = 1\n\xef\xbb\xbfvar y = 2\n' > "$dir/bom_in_middle.go"
printf 'package p\n\nvar s = "abc\n' > "$dir/unterminated_string.go"
printf 'package p\n\n/* never closed\n' > "$dir/unterminated_comment.go"
printf 'package p\n\nfunc f() {\n' > "$dir/eof_in_block.go"

echo "-- bad bytes (exit 1 with a positioned error; a leading BOM is allowed)"
check empty error
check random_binary error
check nul_in_string error
check nul_in_code error
check bad_utf8_string error
check bad_utf8_ident error
check bad_utf8_comment error
check bom_at_start ok
check bom_in_middle error
check unterminated_string error
check unterminated_comment error
check eof_in_block error

# ---- big files ----
# 10 MB on one line: declarations separated by explicit semicolons.
awk 'BEGIN {
  printf "package p;"
  for (i = 0; n < 10 * 1000 * 1000; i++) {
    s = sprintf("func f%d(a, b int) int { x := a*%d + b; if x > 0 { return x }; return -x };", i, i)
    printf "%s", s; n += length(s)
  }
  printf "\n" }' > "$dir/single_line_10mb.go"

# A valid package of about BIG_MB megabytes: one function template, many
# times, with distinct names.
awk -v mb="$BIG_MB" 'BEGIN {
  limit = mb * 1000 * 1000
  s = "package big\n\nimport \"fmt\"\n\ntype T struct {\n\tName string\n\tNext *T\n}\n\n"
  printf "%s", s; n = length(s)
  for (i = 0; n < limit; i++) {
    s = sprintf("func f%d(xs []int, m map[string]*T) (int, error) {\n" \
      "\ttotal := 0\n" \
      "\tfor i, x := range xs {\n" \
      "\t\tif x%%2 == 0 && i > %d {\n" \
      "\t\t\ttotal += x << 1\n" \
      "\t\t} else {\n" \
      "\t\t\ttotal -= x\n" \
      "\t\t}\n" \
      "\t}\n" \
      "\tt := &T{Name: \"f%d\", Next: m[\"k\"]}\n" \
      "\tswitch {\n" \
      "\tcase total > 100:\n" \
      "\t\treturn total, fmt.Errorf(\"too big: %%v\", t)\n" \
      "\t}\n" \
      "\tdefer func() { _ = recover() }()\n" \
      "\treturn len(t.Name) + total, nil\n" \
      "}\n\n", i, i % 7, i)
    printf "%s", s; n += length(s)
  }
}' > "$dir/big.go"

echo "-- big files"
check single_line_10mb ok
big_bytes=$(wc -c < "$dir/big.go")
big_lines=$(wc -l < "$dir/big.go")
check big ok 100 measure
if [ -s "$dir/big.time" ]; then
  # The last line: GNU time puts "Command exited with ..." before it.
  read -r secs rss_kb < <(tail -n 1 "$dir/big.time")
  awk -v b="$big_bytes" -v l="$big_lines" -v s="$secs" -v r="$rss_kb" 'BEGIN {
    printf "     big.go: %.1f MB, %d lines: %.2f s (%.0f MB/s), peak RSS %.0f MB (%.1fx the file)\n",
      b / 1e6, l, s, (s > 0 ? b / 1e6 / s : 0), r / 1024, r * 1024 / b }'
else
  printf '     big.go: %.1f MB, %d lines (peak RSS n/a: GNU time not installed)\n' \
    "$(awk -v b="$big_bytes" 'BEGIN { print b / 1e6 }')" "$big_lines"
fi
echo
if [ "$failures" -gt 0 ]; then
  echo "hostile: $failures input(s) mishandled"
  exit 1
fi
echo "hostile: every input handled"
