./byte_slice_literal_string.go:3:6: can inline f
./byte_slice_literal_string.go:7:6: can inline main
./byte_slice_literal_string.go:7:20: inlining call to f
