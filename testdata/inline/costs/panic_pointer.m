./panic_pointer.go:3:6: can inline f
./panic_pointer.go:10:6: can inline main
./panic_pointer.go:10:16: inlining call to f
