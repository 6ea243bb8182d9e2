./slice_index_store.go:3:6: can inline f
./slice_index_store.go:8:6: can inline main
./slice_index_store.go:8:16: inlining call to f
