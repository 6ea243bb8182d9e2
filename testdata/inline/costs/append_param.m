./append_param.go:3:6: can inline f
./append_param.go:7:6: can inline main
./append_param.go:7:20: inlining call to f
