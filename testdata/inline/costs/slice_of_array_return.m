./slice_of_array_return.go:3:6: can inline f
./slice_of_array_return.go:8:6: can inline main
./slice_of_array_return.go:8:20: inlining call to f
