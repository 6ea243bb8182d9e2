./slice_reslice_return.go:3:6: can inline f
./slice_reslice_return.go:7:6: can inline main
./slice_reslice_return.go:7:20: inlining call to f
