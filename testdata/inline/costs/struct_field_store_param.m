./struct_field_store_param.go:5:6: can inline f
./struct_field_store_param.go:10:6: can inline main
./struct_field_store_param.go:10:16: inlining call to f
