./new_struct_field_store.go:7:6: can inline f
./new_struct_field_store.go:11:6: can inline main
./new_struct_field_store.go:11:16: inlining call to f
