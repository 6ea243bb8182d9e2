./param_does_not_escape.go:3:6: can inline f
./param_does_not_escape.go:7:6: can inline main
./param_does_not_escape.go:9:7: inlining call to f
