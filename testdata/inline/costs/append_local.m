./append_local.go:3:6: can inline f
./append_local.go:9:6: can inline main
./append_local.go:9:20: inlining call to f
