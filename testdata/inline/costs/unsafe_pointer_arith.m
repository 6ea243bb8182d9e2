./unsafe_pointer_arith.go:5:6: can inline f
./unsafe_pointer_arith.go:9:6: can inline main
./unsafe_pointer_arith.go:11:7: inlining call to f
