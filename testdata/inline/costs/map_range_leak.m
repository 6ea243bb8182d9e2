./map_range_leak.go:5:6: can inline f
./map_range_leak.go:11:6: can inline main
./map_range_leak.go:11:16: inlining call to f
