./composite_addr_big.go:5:6: can inline f
./composite_addr_big.go:10:6: can inline main
./composite_addr_big.go:10:20: inlining call to f
