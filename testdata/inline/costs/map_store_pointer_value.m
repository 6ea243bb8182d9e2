./map_store_pointer_value.go:3:6: can inline f
./map_store_pointer_value.go:8:6: can inline main
./map_store_pointer_value.go:8:16: inlining call to f
