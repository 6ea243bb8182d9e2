# unsound.awk — goesc must never claim less escaping than gc.
#
#   awk -v golden=GC_OUTPUT -v ours=GOESC_OUTPUT -f tests/lib/unsound.awk
#
# Both files hold "FILE:L:C: text" lines (the file name is cut before
# comparing).  One line is printed for every golden line at L:C that goesc
# contradicts:
#   - "moved to heap: X"            goesc does not print that line;
#   - "S escapes to heap"           goesc prints "S does not escape" at L:C
#                                   and that line fewer times than gc (two
#                                   copies of one literal, at one call site,
#                                   may go either way);
#   - "leaking param[ content]: X"  goesc prints "X does not escape" at L:C,
#                                   or only result leaks for X there.
# No output: sound.  Used by tests/differential.sh (-m -l) and
# tests/differential_inline.sh (-m).
function key(line) { sub(/^[^:]*:/, "", line); return line }
BEGIN {
  while ((getline line < ours) > 0) {
    line = key(line); have[line]++
    pos = line; sub(/: .*/, "", pos)
    text = line; sub(/^[0-9]+:[0-9]+: /, "", text)
    at[pos] = at[pos] "\n" text
  }
  while ((getline line < golden) > 0) {
    line = key(line)
    pos = line; sub(/: .*/, "", pos)
    text = line; sub(/^[0-9]+:[0-9]+: /, "", text)
    if (text ~ /^moved to heap: /) {
      if (!(line in have)) print pos ": gc: " text "; goesc: (not moved)"
    } else if (text ~ / escapes to heap$/) {
      s = text; sub(/ escapes to heap$/, "", s)
      if ((pos ": " s " does not escape") in have && ++seen[line] > have[line])
        print pos ": gc: " text "; goesc: " s " does not escape"
    } else if (text ~ /^leaking param( content)?: [^ ]+$/) {
      x = text; sub(/^leaking param( content)?: /, "", x)
      if ((pos ": " x " does not escape") in have)
        print pos ": gc: " text "; goesc: " x " does not escape"
      else if (!((pos ": leaking param: " x) in have) &&
               !((pos ": leaking param content: " x) in have) &&
               index(at[pos], "\nleaking param: " x " to result "))
        print pos ": gc: " text "; goesc: only leaks to results"
    }
  }
}
