./array_return_value.go:3:6: can inline f
./array_return_value.go:9:6: can inline main
./array_return_value.go:9:20: inlining call to f
