./make_map_return.go:3:6: can inline f
./make_map_return.go:7:6: can inline main
./make_map_return.go:7:20: inlining call to f
