./map_of_slices.go:3:6: can inline f
./map_of_slices.go:7:6: can inline main
./map_of_slices.go:7:20: inlining call to f
