./slice_three_index.go:3:6: can inline f
./slice_three_index.go:7:6: can inline main
./slice_three_index.go:7:20: inlining call to f
