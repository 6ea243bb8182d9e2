./addr_compare_only.go:3:6: can inline f
./addr_compare_only.go:8:6: can inline main
./addr_compare_only.go:8:20: inlining call to f
