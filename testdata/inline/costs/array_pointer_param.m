./array_pointer_param.go:3:6: can inline f
./array_pointer_param.go:7:6: can inline main
./array_pointer_param.go:9:7: inlining call to f
