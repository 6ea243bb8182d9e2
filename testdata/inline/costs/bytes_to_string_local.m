./bytes_to_string_local.go:3:6: can inline f
./bytes_to_string_local.go:8:6: can inline main
./bytes_to_string_local.go:8:20: inlining call to f
