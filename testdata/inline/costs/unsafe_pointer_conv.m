./unsafe_pointer_conv.go:5:6: can inline f
./unsafe_pointer_conv.go:9:6: can inline main
./unsafe_pointer_conv.go:11:7: inlining call to f
