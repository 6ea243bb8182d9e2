./string_to_bytes_mutated.go:3:6: can inline f
./string_to_bytes_mutated.go:9:6: can inline main
./string_to_bytes_mutated.go:9:20: inlining call to f
