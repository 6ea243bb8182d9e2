./uintptrescapes_calls.go:27:6: can inline plain
./uintptrescapes_calls.go:41:6: can inline main
./uintptrescapes_calls.go:37:7: inlining call to plain
