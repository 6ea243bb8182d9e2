./closure_in_loop.go:3:6: can inline f
./closure_in_loop.go:6:19: can inline f.func1
./closure_in_loop.go:11:6: can inline main
./closure_in_loop.go:11:20: inlining call to f
