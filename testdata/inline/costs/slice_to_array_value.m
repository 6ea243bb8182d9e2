./slice_to_array_value.go:3:6: can inline f
./slice_to_array_value.go:7:6: can inline main
./slice_to_array_value.go:7:20: inlining call to f
