#!/bin/sh
# check_regex_corpus.sh — does src/regex.c read every `// ERROR` regexp of
# Go's test suite, and judge matches exactly as Go's regexp package does?
#
#   tools/check_regex_corpus.sh [TESTDIR]      (default: $(go env GOROOT)/test)
#
# A one-off check, run by hand when the engine changes (it needs go; CI
# does not run it).  Steps:
#   1. tools/regex_oracle.go extracts every regexp with the harness's own
#      rules (lines with "////" skipped, ERROR/ERRORAUTO/GC_ prefixes, every
#      "..." after the marker, LINE rewritten);
#   2. tools/regex_check.c compiles each one with src/regex.c;
#   3. both engines answer match/no-match for every (regexp, text) pair,
#      texts being the regexps themselves, gc's messages for the -m tests
#      and the golden files of testdata/escape; the answers must be equal.
# Prints PASS/FAIL and the counts; exit 0 pass, 1 fail, 77 skip (no go).
set -u
cd "$(dirname "$0")/.." || exit 1
if ! command -v go >/dev/null 2>&1; then
  echo "SKIP: go not found"
  exit 77
fi
testdir=${1:-$(go env GOROOT)/test}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cc -std=c99 -D_POSIX_C_SOURCE=200809L -O2 -Iinclude -o "$work/regex_check" \
  tools/regex_check.c src/regex.c src/arena.c src/source.c || exit 1

go run tools/regex_oracle.go extract "$testdir" > "$work/all.txt" || exit 1
sort -u "$work/all.txt" > "$work/patterns.txt"

# Texts: the patterns, gc's -m messages on the -m tests, our goldens.
cp "$work/patterns.txt" "$work/texts.txt"
importcfg=$work/importcfg
go list -export -f '{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}' std \
  > "$importcfg" 2>/dev/null
for f in "$testdir"/*.go "$testdir"/fixedbugs/*.go; do
  head -1 "$f" | grep -q '^// errorcheck.* -m' || continue
  flags=$(head -1 "$f" | sed 's,^// errorcheck[a-z]* *,,; s/-0 //')
  # never -o /dev/null: the compiler replaces its output file, and as root
  # that would turn /dev/null into a regular file
  go tool compile -p=p -C -e -importcfg="$importcfg" -o "$work/a.o" $flags "$f" 2>&1
done | grep -v '^	' | sed 's/^[^ ]* //' >> "$work/texts.txt"
cat testdata/escape/*.golden 2>/dev/null | sed 's/^[^ ]* //' >> "$work/texts.txt"
sort -u "$work/texts.txt" -o "$work/texts.txt"

go run tools/regex_oracle.go match "$work/patterns.txt" "$work/texts.txt" > "$work/go.out"
"$work/regex_check" "$work/patterns.txt" "$work/texts.txt" > "$work/goesc.out"

total=$(wc -l < "$work/all.txt")
unique=$(wc -l < "$work/patterns.txt")
texts=$(wc -l < "$work/texts.txt")
go_bad=$(grep -c '^error$' "$work/go.out")
ours_bad=$(grep -c '^error$' "$work/goesc.out")
echo "regexps: $total in ERROR comments, $unique distinct; texts: $texts"
echo "refused: by Go $go_bad, by goesc $ours_bad"
"$work/regex_check" -v "$work/patterns.txt" /dev/null | grep '^error' | sed 's/^/  /'
if cmp -s "$work/go.out" "$work/goesc.out"; then
  echo "PASS: goesc and Go agree on all $unique x $texts (regexp, text) pairs"
  exit 0
fi
paste -d'\t' "$work/patterns.txt" "$work/go.out" > "$work/a"
paste -d'\t' "$work/patterns.txt" "$work/goesc.out" > "$work/b"
diff "$work/a" "$work/b" | cut -c1-200 | head -20
echo "FAIL: goesc and Go disagree (first differences above)"
exit 1
