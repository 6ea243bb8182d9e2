#!/bin/sh
# tests/types_stdlib.sh — the checker against the standard-library model.
#
#  1. src/stdlib_models.inc is what tools/embed_stdlib.sh makes of stdlib/
#     (the model compiled into goesc is the committed one);
#  2. every model package type-checks (a program importing all of them);
#  3. the layout goesc computes for each model type (-dump=types on the
#     model file) equals the //goesc:layout line the generator recorded from
#     gc (size and alignment).
GOESC=${GOESC:-./goesc}
case $GOESC in /*) ;; *) GOESC=$(pwd)/$GOESC ;; esac
dir=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/types_stdlib.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
status=0

sh "$dir/tools/embed_stdlib.sh" "$tmp/models.inc" > "$tmp/embed.log" 2>&1
if ! cmp -s "$tmp/models.inc" "$dir/src/stdlib_models.inc"; then
  echo "FAIL: src/stdlib_models.inc is stale: run sh tools/embed_stdlib.sh"
  status=1
fi

{
  echo "package main"
  echo "import ("
  for f in "$dir"/stdlib/*.go; do
    sed -n 's/^\/\/goesc:package path="\([^"]*\)".*/	_ "\1"/p' "$f" | head -n 1
  done
  echo ")"
  echo "func main() {}"
} > "$tmp/all.go"
if ! "$GOESC" -types "$tmp/all.go" > "$tmp/all.out" 2>&1; then
  echo "FAIL: the model packages do not type-check:"
  sed 's/^/    /' "$tmp/all.out" | head -20
  status=1
fi

types=0 same=0
for f in "$dir"/stdlib/*.go; do
  # NAME SIZE ALIGN from the model's //goesc:layout lines.
  awk '/^\/\/goesc:layout/ { size = $2; align = $3; next }
       /^type / && size != "" { sub("size=", "", size); sub("align=", "", align);
                                print $2, size, align; size = "" ; next }
       { size = "" }' "$f" > "$tmp/want"
  [ -s "$tmp/want" ] || continue
  if ! "$GOESC" -dump=types "$f" > "$tmp/dump" 2>&1; then
    echo "FAIL: goesc -dump=types $(basename "$f")"
    sed 's/^/    /' "$tmp/dump" | head -5
    status=1
    continue
  fi
  while read -r name size align; do
    types=$((types + 1))
    got=$(awk -v n="$name" '$1 == "type" && ($2 == n || $2 == n"[") {
      for (i = 3; i <= NF; i++) { if ($i ~ /^size=/) s = $i; if ($i ~ /^align=/) a = $i }
      print s, a; exit }' "$tmp/dump")
    if [ "$got" = "size=$size align=$align" ]; then
      same=$((same + 1))
    else
      echo "FAIL: $(basename "$f") type $name: gc size=$size align=$align, goesc $got"
      status=1
    fi
  done < "$tmp/want"
done
echo "stdlib model: $same/$types type layouts agree with gc"
if [ $status -ne 0 ]; then
  echo "FAIL: types_stdlib"
  exit 1
fi
echo "PASS: types_stdlib"
exit 0
