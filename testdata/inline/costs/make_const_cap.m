./make_const_cap.go:3:6: can inline f
./make_const_cap.go:9:6: can inline main
./make_const_cap.go:9:20: inlining call to f
