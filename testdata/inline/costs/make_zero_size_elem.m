./make_zero_size_elem.go:3:6: can inline f
./make_zero_size_elem.go:8:6: can inline main
./make_zero_size_elem.go:8:20: inlining call to f
