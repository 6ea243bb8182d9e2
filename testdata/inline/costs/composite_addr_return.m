./composite_addr_return.go:5:6: can inline f
./composite_addr_return.go:9:6: can inline main
./composite_addr_return.go:9:20: inlining call to f
