./string_of_named_bytes.go:7:6: can inline f[go.shape.[]main.MyByte]
./string_of_named_bytes.go:11:6: can inline main
./string_of_named_bytes.go:7:6: can inline f[[]main.MyByte]
./string_of_named_bytes.go:13:7: inlining call to f[go.shape.[]main.MyByte]
./string_of_named_bytes.go:7:6: inlining call to f[go.shape.[]main.MyByte]
