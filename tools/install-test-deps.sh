#!/bin/sh
# install-test-deps.sh — install what goesc's tests need, when it is missing.
#
#   sh tools/install-test-deps.sh          C compiler, make, cmocka
#   sh tools/install-test-deps.sh --all    also clang (CC=clang builds and
#                                          `make fuzz`) and GNU time (peak
#                                          memory in tests/hostile.sh and
#                                          bench/parse)
#
# Only Debian/Ubuntu (apt-get) is automated; elsewhere it names what to
# install.  Nothing is installed when everything is already there, and
# `apt-get update` runs at most once.  Go is optional: the tests that
# compare with gofmt skip (exit 77) without it.
set -eu

all=false
for arg in "$@"; do
  case $arg in
    --all) all=true ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "install-test-deps.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

missing=""
need() { missing="$missing $1"; }

cc_cmd=${CC:-cc}
command -v "$cc_cmd" > /dev/null 2>&1 || command -v gcc > /dev/null 2>&1 || need gcc
command -v make > /dev/null 2>&1 || need make
# cmocka: can the compiler find the header?  (The test links -lcmocka.)
cmocka_ok=false
for dir in /usr/include /usr/local/include /usr/include/x86_64-linux-gnu; do
  [ -f "$dir/cmocka.h" ] && cmocka_ok=true
done
$cmocka_ok || need libcmocka-dev
if $all; then
  if ! command -v clang > /dev/null 2>&1; then
    need clang
    need libclang-rt-dev # the sanitizer and fuzzer runtimes: only a
                         # "Recommends" of clang on Debian 12
  else
    # clang without its sanitizer runtime cannot build `make fuzz`.
    probe=$(mktemp "${TMPDIR:-/tmp}/probe.XXXXXX")
    if ! echo 'int main(void) { return 0; }' |
        clang -fsanitize=address,undefined -x c -o "$probe" - > /dev/null 2>&1; then
      need libclang-rt-dev
    fi
    rm -f "$probe"
  fi
  [ -x /usr/bin/time ] || need time
fi

if [ -z "$missing" ]; then
  echo "test dependencies: all present"
  exit 0
fi
echo "test dependencies missing:$missing"

if ! command -v apt-get > /dev/null 2>&1; then
  echo "no apt-get here: install$missing with your package manager" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo > /dev/null 2>&1; then
    sudo=sudo
  else
    echo "not root and no sudo: install$missing as root" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
# shellcheck disable=SC2086  # one word per package
$sudo apt-get install -y --no-install-recommends $missing
