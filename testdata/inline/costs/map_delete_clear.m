./map_delete_clear.go:3:6: can inline f
./map_delete_clear.go:8:6: can inline main
./map_delete_clear.go:8:16: inlining call to f
