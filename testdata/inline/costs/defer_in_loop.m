./defer_in_loop.go:3:6: can inline use
./defer_in_loop.go:8:3: can inline f.deferwrap1
./defer_in_loop.go:12:6: can inline main
./defer_in_loop.go:8:12: inlining call to use
