./addr_struct_field.go:5:6: can inline f
./addr_struct_field.go:10:6: can inline main
./addr_struct_field.go:10:20: inlining call to f
