./string_to_runes.go:3:6: can inline f
./string_to_runes.go:8:6: can inline g
./string_to_runes.go:12:6: can inline main
./string_to_runes.go:13:7: inlining call to f
./string_to_runes.go:14:7: inlining call to g
