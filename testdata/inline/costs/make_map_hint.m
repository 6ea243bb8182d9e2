./make_map_hint.go:3:6: can inline f
./make_map_hint.go:9:6: can inline main
./make_map_hint.go:9:20: inlining call to f
