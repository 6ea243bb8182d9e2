./slice_literal_local.go:3:6: can inline f
./slice_literal_local.go:8:6: can inline main
./slice_literal_local.go:8:20: inlining call to f
