./select_default.go:3:6: can inline f
./select_default.go:12:6: can inline main
./select_default.go:12:20: inlining call to f
