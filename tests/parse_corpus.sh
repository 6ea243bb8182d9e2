#!/usr/bin/env bash
# parse_corpus.sh — does goesc accept exactly the Go files that gofmt accepts?
#
# Every .go file under $GOROOT/src and $GOROOT/test is given to both tools.
# gofmt's verdict: accepted when `gofmt -e` exits 0 and prints nothing on
# stderr.  goesc's verdict: accepted when `goesc -parse` exits 0.  Both
# tools take many files per run, so each runs in batches and the per-file
# verdicts are read back from stderr, where every error line starts with
# "path:line[:col]: ".  A goesc batch that ends any other way than exit 0
# or 1 (a crash, a signal, a sanitizer report, a timeout) is re-run one file
# at a time to find and count the files that crash.
#
# gofmt's verdicts are cached under build/, keyed by GOROOT and go version,
# so a second run only pays for goesc.
#
# Fails (exit 1) when agreement is below 99.9%, when goesc crashes on any
# file, or when a file disagrees that tests/parse_corpus.known does not
# list.  That file is a ratchet: one path relative to GOROOT per line with
# a "# reason"; a listed file that agrees again prints a note to remove it.
#
# Environment: GOESC (default ./goesc; e.g. GOESC=build-asan/goesc to run
# under the sanitizers), JOBS (parallel batches, default 2), BATCH (files
# per batch, default 200).  Exit 77 (skip) when go or gofmt is missing.
set -u

root=$(cd "$(dirname "$0")/.." && pwd)
GOESC=${GOESC:-./goesc}
case $GOESC in /*) ;; *) GOESC=$root/${GOESC#./} ;; esac
KNOWN=$root/tests/parse_corpus.known
JOBS=${JOBS:-2}
BATCH=${BATCH:-200}
MIN_AGREEMENT=99.9

if ! command -v go >/dev/null 2>&1 || ! command -v gofmt >/dev/null 2>&1; then
  echo "go/gofmt not found: cannot compare with gofmt, skipping"
  exit 77
fi
if [ ! -x "$GOESC" ]; then
  echo "parse_corpus.sh: $GOESC is not built (run make)"
  exit 2
fi

# A sanitizer report must never look like exit 1 ("syntax errors").
# (No leak reports: goesc allocates and never frees, by design.)
export ASAN_OPTIONS=${ASAN_OPTIONS:-exitcode=66:detect_leaks=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:exitcode=66:print_stacktrace=1}
export GOESC

goroot=$(go env GOROOT)
goversion=$(go env GOVERSION)
key=$(printf '%s %s\n' "$goroot" "$goversion" | cksum | cut -d' ' -f1)
mkdir -p "$root/build"
cache=$root/build/parse_corpus.gofmt.$goversion.$key.tsv

work=$(mktemp -d "${TMPDIR:-/tmp}/parse_corpus.XXXXXX")
trap 'rm -rf "$work"' EXIT
export work

have_timeout=false
command -v timeout >/dev/null 2>&1 && have_timeout=true
export have_timeout

# Paths are relative to GOROOT: that is how both tools print them and how
# parse_corpus.known lists them.
cd "$goroot" || exit 2
find src test -name '*.go' -type f | LC_ALL=C sort > "$work/files"
total=$(wc -l < "$work/files")

# classify LIST ERR RC — turn one batch run into "path<TAB>verdict<TAB>line"
# lines (verdict ok or reject; line = line of the first error, 0 if none).
# Exits 3 when stderr cannot be read back file by file: lines that name no
# file of the batch, or an exit status that does not match the errors seen.
classify() {
  awk -v rc="$3" '
    FNR == NR { want[$0] = 1; order[++n] = $0; next }
    /^too many errors$/ { next }
    {
      if (match($0, /:[0-9]+(:[0-9]+)?: /)) {
        path = substr($0, 1, RSTART - 1)
        if (path in want) {
          if (!(path in first)) {
            split(substr($0, RSTART + 1), part, ":")
            first[path] = part[1]
            rejected++
          }
          next
        }
      }
      other++
    }
    END {
      if (other > 0 || (rc != 0) != (rejected > 0)) exit 3
      for (i = 1; i <= n; i++) {
        p = order[i]
        if (p in first) printf "%s\treject\t%s\n", p, first[p]
        else printf "%s\tok\t0\n", p
      }
    }' "$1" "$2"
}
export -f classify

# first_error_line ERR — line number of the first "path:line" error, or 0.
first_error_line() {
  awk 'match($0, /:[0-9]+(:[0-9]+)?: /) {
         split(substr($0, RSTART + 1), part, ":"); print part[1]; found = 1; exit }
       END { if (!found) print 0 }' "$1"
}
export -f first_error_line

# run_limited SECONDS CMD... — CMD under a time limit when timeout(1) exists.
run_limited() {
  local limit=$1
  shift
  if $have_timeout; then timeout -k 5 "$limit" "$@"; else "$@"; fi
}
export -f run_limited

gofmt_batch() {
  local list=$1 rc f line
  mapfile -t files < "$list"
  gofmt -e -l "${files[@]}" > /dev/null 2> "$list.err"
  rc=$?
  classify "$list" "$list.err" "$rc" > "$list.tsv" && return 0
  : > "$list.tsv"
  for f in "${files[@]}"; do
    gofmt -e -l "$f" > /dev/null 2> "$list.one"
    rc=$?
    line=$(first_error_line "$list.one")
    if [ "$rc" -eq 0 ] && [ ! -s "$list.one" ]; then
      printf '%s\tok\t0\n' "$f"
    elif [ "$line" -gt 0 ]; then
      printf '%s\treject\t%s\n' "$f" "$line"
    else
      # No positioned error: gofmt itself failed (say, /dev/null went
      # missing).  Not a verdict; never cached.
      printf '%s\tunknown\t0\n' "$f"
      { echo "--- gofmt -e -l $f: exit $rc"; head -n 5 "$list.one"; } >> "$list.toolerr"
    fi >> "$list.tsv"
  done
}
export -f gofmt_batch

# A goesc batch; verdicts in $list.tsv, crash details in $list.crash.
goesc_batch() {
  local list=$1 rc f
  mapfile -t files < "$list"
  run_limited 300 "$GOESC" -parse "${files[@]}" > /dev/null 2> "$list.err"
  rc=$?
  if [ "$rc" -le 1 ] && classify "$list" "$list.err" "$rc" > "$list.tsv"; then
    return 0
  fi
  : > "$list.tsv"
  local streak=0
  for f in "${files[@]}"; do
    # Twenty crashes in a row: something is wrong with every file (a
    # sanitizer report at exit, say).  Count the rest without running them.
    if [ "$streak" -ge 20 ]; then
      printf '%s\tcrash\tnot-run\n' "$f" >> "$list.tsv"
      continue
    fi
    run_limited 60 "$GOESC" -parse "$f" > /dev/null 2> "$list.one"
    rc=$?
    if [ "$rc" -gt 1 ]; then streak=$((streak + 1)); else streak=0; fi
    case $rc in
      0) printf '%s\tok\t0\n' "$f" >> "$list.tsv" ;;
      1) printf '%s\treject\t%s\n' "$f" "$(first_error_line "$list.one")" >> "$list.tsv" ;;
      *)
        printf '%s\tcrash\t%s\n' "$f" "$rc" >> "$list.tsv"
        { echo "--- $f: exit $rc$([ "$rc" -eq 124 ] && echo ' (timed out)')"
          head -n 12 "$list.one"; } >> "$list.crash"
        ;;
    esac
  done
}
export -f goesc_batch

# ---- gofmt's verdicts, from the cache where possible ----
start=$(date +%s)
touch "$cache"
awk -F'\t' 'FILENAME == ARGV[1] { seen[$1] = 1; next } !($0 in seen)' "$cache" "$work/files" \
  > "$work/gofmt.todo"
todo=$(wc -l < "$work/gofmt.todo")
if [ "$todo" -gt 0 ]; then
  mkdir "$work/gofmt"
  split -l "$BATCH" -a 4 "$work/gofmt.todo" "$work/gofmt/b."
  find "$work/gofmt" -name 'b.????' | xargs -P "$JOBS" -n 1 bash -c 'gofmt_batch "$1"' _
  cat "$work"/gofmt/b.????.tsv > "$work/gofmt.new" 2> /dev/null
  # Only real verdicts go into the cache.
  { cat "$cache"; awk -F'\t' '$2 == "ok" || $2 == "reject"' "$work/gofmt.new"; } |
    LC_ALL=C sort -u > "$work/cache.new"
  mv "$work/cache.new" "$cache"
  cat "$work"/gofmt/b.????.toolerr > "$work/gofmt.toolerr" 2> /dev/null
fi
# The verdicts for this run: the cache, plus the files gofmt failed on.
cat "$cache" > "$work/gofmt.tsv"
[ -f "$work/gofmt.new" ] && awk -F'\t' '$2 == "unknown"' "$work/gofmt.new" >> "$work/gofmt.tsv"
gofmt_seconds=$(( $(date +%s) - start ))

# ---- goesc's verdicts ----
start=$(date +%s)
mkdir "$work/goesc"
split -l "$BATCH" -a 4 "$work/files" "$work/goesc/b."
find "$work/goesc" -name 'b.????' | xargs -P "$JOBS" -n 1 bash -c 'goesc_batch "$1"' _
cat "$work"/goesc/b.????.tsv > "$work/goesc.tsv"
cat "$work"/goesc/b.????.crash > "$work/crashes" 2> /dev/null
goesc_seconds=$(( $(date +%s) - start ))

# ---- compare ----
known_list() {
  [ -f "$KNOWN" ] || return 0
  sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e 's/^[[:space:]]*//' "$KNOWN" | grep -v '^$'
}
known_list > "$work/known"

echo "parse_corpus: $total files under $goroot/{src,test} ($goversion)"
echo "goesc: $GOESC"
echo "time: gofmt ${gofmt_seconds}s ($todo files run, the rest cached), goesc ${goesc_seconds}s"

awk -F'\t' -v known="$work/known" -v files="$work/files" -v min="$MIN_AGREEMENT" -v max_list=100 '
  BEGIN {
    while ((getline k < known) > 0) is_known[k] = 1
    while ((getline f < files) > 0) { exists[f] = 1; nfiles++ }
  }
  FILENAME == ARGV[1] { fmt[$1] = $2; fmt_line[$1] = $3; if ($2 == "unknown") unknown++; next }
  {
    total++
    path = $1; got = $2; g = fmt[path]
    if (g == "") { g = "missing"; missing++ }
    if (got == "crash") crashes++
    if (got == g) {
      agree++
      if (path in is_known) fixed[++nfixed] = path
      if (g == "reject") {
        both++
        if ($3 == fmt_line[path]) same_line++
        else if (nlines < 10) line_diff[++nlines] = sprintf("%s: gofmt line %s, goesc line %s", path, fmt_line[path], $3)
      }
      next
    }
    gv = (g == "reject") ? "reject (line " fmt_line[path] ")" : g
    ev = (got == "reject") ? "reject (line " $3 ")" : (got == "crash" ? ($3 == "not-run" ? "CRASH (not run: 20 crashes in a row before it)" : "CRASH (exit " $3 ")") : got)
    tag = (path in is_known) ? "known" : "NEW"
    if (!(path in is_known)) new++
    ndis++
    if (ndis <= max_list)
      dis[ndis] = sprintf("  %-5s %s\n        gofmt: %s   goesc: %s", tag, path, gv, ev)
  }
  END {
    pct = total ? 100.0 * agree / total : 0
    printf "agree: %d of %d files (%.3f%%), disagree: %d, crashes: %d\n", agree, total, pct, ndis, crashes
    if (ndis) {
      print "disagreements (file, gofmt verdict, goesc verdict):"
      for (i = 1; i <= ndis && i <= max_list; i++) print dis[i]
      if (ndis > max_list) printf "  ... and %d more\n", ndis - max_list
    }
    if (both)
      printf "both reject: %d files; first error on the same line as gofmt: %d (%.1f%%)\n", both, same_line, 100.0 * same_line / both
    for (i = 1; i <= nlines; i++) print "  first-error line differs: " line_diff[i]
    for (i = 1; i <= nfixed; i++)
      print "note: " fixed[i] " agrees now: remove it from tests/parse_corpus.known"
    for (k in is_known) if (!(k in exists))
      print "note: " k " (tests/parse_corpus.known) is not in this GOROOT"
    status = 0
    if (total != nfiles) {
      printf "FAIL: goesc gave verdicts on %d of %d files (a batch did not run)\n", total, nfiles
      status = 1
    }
    if (unknown || missing) {
      printf "FAIL: gofmt gave no verdict on %d file(s) (gofmt itself failed: see below)\n", unknown + missing
      status = 1
    }
    if (pct < min) { printf "FAIL: agreement %.3f%% is below %s%%\n", pct, min; status = 1 }
    if (crashes) { printf "FAIL: goesc crashed on %d file(s)\n", crashes; status = 1 }
    if (new) { printf "FAIL: %d new disagreement(s) not listed in tests/parse_corpus.known\n", new; status = 1 }
    exit status
  }' "$work/gofmt.tsv" "$work/goesc.tsv"
status=$?
if [ -s "$work/gofmt.toolerr" ]; then
  echo "gofmt failures (first 20 lines):"
  head -n 20 "$work/gofmt.toolerr"
fi

if [ -s "$work/crashes" ]; then
  echo "crash details (first 60 lines):"
  head -n 60 "$work/crashes"
fi
exit $status
