./defer_closure_loop.go:6:9: can inline f.func1
./defer_closure_loop.go:11:6: can inline main
