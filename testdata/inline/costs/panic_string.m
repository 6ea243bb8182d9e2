./panic_string.go:3:6: can inline f
./panic_string.go:9:6: can inline main
./panic_string.go:9:16: inlining call to f
