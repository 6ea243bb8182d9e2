./addr_array_elem.go:3:6: can inline f
./addr_array_elem.go:8:6: can inline main
./addr_array_elem.go:8:20: inlining call to f
