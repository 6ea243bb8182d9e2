./composite_in_loop.go:7:6: can inline f
./composite_in_loop.go:13:6: can inline main
./composite_in_loop.go:13:16: inlining call to f
