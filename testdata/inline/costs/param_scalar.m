./param_scalar.go:3:6: can inline f
./param_scalar.go:7:6: can inline main
./param_scalar.go:7:20: inlining call to f
