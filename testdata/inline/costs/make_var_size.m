./make_var_size.go:3:6: can inline f
./make_var_size.go:8:6: can inline main
./make_var_size.go:8:20: inlining call to f
