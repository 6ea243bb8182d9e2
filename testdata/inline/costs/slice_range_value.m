./slice_range_value.go:3:6: can inline sum
./slice_range_value.go:11:6: can inline main
./slice_range_value.go:11:22: inlining call to sum
