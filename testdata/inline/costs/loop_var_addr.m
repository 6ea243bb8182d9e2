./loop_var_addr.go:3:6: can inline f
./loop_var_addr.go:11:6: can inline main
./loop_var_addr.go:11:20: inlining call to f
