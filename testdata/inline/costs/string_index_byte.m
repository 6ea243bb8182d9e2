./string_index_byte.go:3:6: can inline f
./string_index_byte.go:7:6: can inline g
./string_index_byte.go:11:6: can inline main
./string_index_byte.go:12:7: inlining call to f
./string_index_byte.go:13:7: inlining call to g
