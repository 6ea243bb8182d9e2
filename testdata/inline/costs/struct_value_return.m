./struct_value_return.go:5:6: can inline f
./struct_value_return.go:10:6: can inline main
./struct_value_return.go:10:20: inlining call to f
