./string_concat_local.go:3:6: can inline f
./string_concat_local.go:8:6: can inline main
./string_concat_local.go:8:20: inlining call to f
