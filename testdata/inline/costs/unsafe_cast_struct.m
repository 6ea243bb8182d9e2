./unsafe_cast_struct.go:8:6: can inline f
./unsafe_cast_struct.go:12:6: can inline main
./unsafe_cast_struct.go:12:20: inlining call to f
