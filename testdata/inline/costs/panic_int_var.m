./panic_int_var.go:3:6: can inline f
./panic_int_var.go:9:6: can inline main
./panic_int_var.go:9:16: inlining call to f
