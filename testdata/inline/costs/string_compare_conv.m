./string_compare_conv.go:3:6: can inline f
./string_compare_conv.go:7:6: can inline main
./string_compare_conv.go:7:20: inlining call to f
