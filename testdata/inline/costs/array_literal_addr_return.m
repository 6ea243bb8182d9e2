./array_literal_addr_return.go:3:6: can inline f
./array_literal_addr_return.go:7:6: can inline main
./array_literal_addr_return.go:7:20: inlining call to f
