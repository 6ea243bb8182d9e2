#!/bin/sh
# tests/conformance.sh — run the conformance runner (tests/conformance/run)
# from `make test`, so that its ratchet (tests/conformance/passing.txt) and
# its crash sweep over $GOROOT/test guard every change.  It skips (77),
# saying why, where Go's test suite is not installed.
exec sh "$(dirname "$0")/conformance/run" "$@"
