./append_global.go:5:6: can inline f
./append_global.go:9:6: can inline main
./append_global.go:9:16: inlining call to f
