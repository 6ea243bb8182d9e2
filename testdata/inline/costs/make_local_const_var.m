./make_local_const_var.go:3:6: can inline f
./make_local_const_var.go:9:6: can inline main
./make_local_const_var.go:9:20: inlining call to f
