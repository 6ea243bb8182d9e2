./addr_param_return.go:3:6: can inline f
./addr_param_return.go:7:6: can inline main
./addr_param_return.go:7:20: inlining call to f
