./composite_addr_local.go:5:6: can inline f
./composite_addr_local.go:10:6: can inline main
./composite_addr_local.go:10:20: inlining call to f
