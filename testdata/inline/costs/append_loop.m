./append_loop.go:3:6: can inline f
./append_loop.go:11:6: can inline main
./append_loop.go:11:20: inlining call to f
