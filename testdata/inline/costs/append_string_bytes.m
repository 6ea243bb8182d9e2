./append_string_bytes.go:3:6: can inline f
./append_string_bytes.go:7:6: can inline main
./append_string_bytes.go:7:20: inlining call to f
