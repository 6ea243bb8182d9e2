./array_local_value.go:3:6: can inline f
./array_local_value.go:8:6: can inline main
./array_local_value.go:8:20: inlining call to f
