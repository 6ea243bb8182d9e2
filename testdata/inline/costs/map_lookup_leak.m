./map_lookup_leak.go:3:6: can inline f
./map_lookup_leak.go:7:6: can inline main
./map_lookup_leak.go:7:20: inlining call to f
