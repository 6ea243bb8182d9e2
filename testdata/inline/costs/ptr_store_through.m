./ptr_store_through.go:5:6: can inline f
./ptr_store_through.go:9:6: can inline main
./ptr_store_through.go:11:3: inlining call to f
