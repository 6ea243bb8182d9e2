./slice_to_array_ptr.go:3:6: can inline f
./slice_to_array_ptr.go:7:6: can inline main
./slice_to_array_ptr.go:7:20: inlining call to f
