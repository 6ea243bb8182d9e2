./loop_addr_outer_var.go:3:6: can inline f
./loop_addr_outer_var.go:12:6: can inline main
./loop_addr_outer_var.go:12:20: inlining call to f
