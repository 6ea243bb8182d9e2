./make_const_small.go:3:6: can inline f
./make_const_small.go:8:6: can inline main
./make_const_small.go:8:20: inlining call to f
