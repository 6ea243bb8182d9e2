./bytes_to_string_map_key.go:3:6: can inline f
./bytes_to_string_map_key.go:7:6: can inline main
./bytes_to_string_map_key.go:7:20: inlining call to f
