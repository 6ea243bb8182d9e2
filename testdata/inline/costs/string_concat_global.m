./string_concat_global.go:5:6: can inline f
./string_concat_global.go:9:6: can inline main
./string_concat_global.go:9:16: inlining call to f
