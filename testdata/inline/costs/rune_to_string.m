./rune_to_string.go:3:6: can inline f
./rune_to_string.go:7:6: can inline main
./rune_to_string.go:7:20: inlining call to f
