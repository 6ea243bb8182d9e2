./text_constants_folded.go:15:6: can inline f
./text_constants_folded.go:29:6: can inline main
