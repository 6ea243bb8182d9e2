./addr_two_vars.go:5:6: can inline f
./addr_two_vars.go:14:6: can inline main
./addr_two_vars.go:14:20: inlining call to f
