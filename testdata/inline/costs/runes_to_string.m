./runes_to_string.go:3:6: can inline f
./runes_to_string.go:7:6: can inline main
./runes_to_string.go:7:20: inlining call to f
