./array_param_content.go:3:6: can inline f
./array_param_content.go:7:6: can inline main
./array_param_content.go:7:20: inlining call to f
