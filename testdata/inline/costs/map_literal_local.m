./map_literal_local.go:3:6: can inline f
./map_literal_local.go:8:6: can inline main
./map_literal_local.go:8:20: inlining call to f
