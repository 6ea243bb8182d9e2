#!/bin/sh
# tests/conformance.sh — run the conformance runner (tests/conformance/run)
# from `make test`, with --all: both groups of tests, -m -l (ratchet
# tests/conformance/passing.txt) and -m with inlining on (ratchet
# tests/conformance/passing_inline.txt), so that both ratchets and the
# crash sweep over $GOROOT/test guard every change.  It skips (77), saying
# why, where Go's test suite is not installed.
exec sh "$(dirname "$0")/conformance/run" --all "$@"
