./goto_loop.go:3:6: can inline f
./goto_loop.go:16:6: can inline main
./goto_loop.go:16:20: inlining call to f
