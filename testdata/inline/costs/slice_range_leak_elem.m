./slice_range_leak_elem.go:5:6: can inline f
./slice_range_leak_elem.go:11:6: can inline main
./slice_range_leak_elem.go:11:16: inlining call to f
