./addr_via_local_pointer.go:5:6: can inline f
./addr_via_local_pointer.go:12:6: can inline main
./addr_via_local_pointer.go:12:16: inlining call to f
