./struct_nested_field.go:6:6: can inline f
./struct_nested_field.go:10:6: can inline main
./struct_nested_field.go:10:20: inlining call to f
