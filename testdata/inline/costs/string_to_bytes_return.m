./string_to_bytes_return.go:3:6: can inline f
./string_to_bytes_return.go:7:6: can inline main
./string_to_bytes_return.go:7:20: inlining call to f
