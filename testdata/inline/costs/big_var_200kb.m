./big_var_200kb.go:3:6: can inline f
./big_var_200kb.go:8:6: can inline main
./big_var_200kb.go:8:20: inlining call to f
