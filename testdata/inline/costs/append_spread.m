./append_spread.go:3:6: can inline f
./append_spread.go:7:6: can inline main
./append_spread.go:7:20: inlining call to f
