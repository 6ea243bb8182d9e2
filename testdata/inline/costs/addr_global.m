./addr_global.go:5:6: can inline f
./addr_global.go:10:6: can inline main
./addr_global.go:10:16: inlining call to f
