./clear_slice.go:3:6: can inline f
./clear_slice.go:7:6: can inline main
./clear_slice.go:7:16: inlining call to f
