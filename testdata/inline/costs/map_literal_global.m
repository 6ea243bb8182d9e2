./map_literal_global.go:5:6: can inline f
./map_literal_global.go:9:6: can inline main
./map_literal_global.go:9:16: inlining call to f
