./addr_local_only.go:3:6: can inline f
./addr_local_only.go:10:6: can inline main
./addr_local_only.go:10:20: inlining call to f
