./slice_of_slices.go:3:6: can inline f
./slice_of_slices.go:7:6: can inline main
./slice_of_slices.go:7:20: inlining call to f
