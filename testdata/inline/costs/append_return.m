./append_return.go:3:6: can inline f
./append_return.go:9:6: can inline main
./append_return.go:9:20: inlining call to f
