./labeled_break.go:3:6: can inline f
./labeled_break.go:16:6: can inline main
./labeled_break.go:16:20: inlining call to f
