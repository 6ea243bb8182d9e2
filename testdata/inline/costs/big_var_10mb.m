./big_var_10mb.go:3:6: can inline f
./big_var_10mb.go:8:6: can inline main
./big_var_10mb.go:8:20: inlining call to f
