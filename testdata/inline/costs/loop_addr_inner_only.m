./loop_addr_inner_only.go:3:6: can inline f
./loop_addr_inner_only.go:13:6: can inline main
./loop_addr_inner_only.go:13:20: inlining call to f
