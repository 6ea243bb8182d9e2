./array_range_addr.go:5:6: can inline f
./array_range_addr.go:12:6: can inline main
./array_range_addr.go:12:16: inlining call to f
