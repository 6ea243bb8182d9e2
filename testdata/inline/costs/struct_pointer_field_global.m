./struct_pointer_field_global.go:7:6: can inline f
./struct_pointer_field_global.go:12:6: can inline main
./struct_pointer_field_global.go:12:16: inlining call to f
