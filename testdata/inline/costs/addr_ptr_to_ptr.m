./addr_ptr_to_ptr.go:5:6: can inline f
./addr_ptr_to_ptr.go:11:6: can inline main
./addr_ptr_to_ptr.go:11:16: inlining call to f
