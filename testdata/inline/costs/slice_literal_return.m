./slice_literal_return.go:3:6: can inline f
./slice_literal_return.go:7:6: can inline main
./slice_literal_return.go:7:20: inlining call to f
