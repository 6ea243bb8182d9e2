./addr_return.go:3:6: can inline f
./addr_return.go:8:6: can inline main
./addr_return.go:8:20: inlining call to f
