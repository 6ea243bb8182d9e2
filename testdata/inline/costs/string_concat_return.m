./string_concat_return.go:3:6: can inline f
./string_concat_return.go:7:6: can inline main
./string_concat_return.go:7:20: inlining call to f
