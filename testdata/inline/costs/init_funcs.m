./init_funcs.go:4:2: can inline init.func1
./init_funcs.go:8:6: can inline use
./init_funcs.go:5:2: can inline init.func2
./init_funcs.go:10:6: can inline init.0
./init_funcs.go:12:6: can inline init.1
./init_funcs.go:14:6: can inline main
./init_funcs.go:5:25: inlining call to use
