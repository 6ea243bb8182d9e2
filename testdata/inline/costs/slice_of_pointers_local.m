./slice_of_pointers_local.go:3:6: can inline f
./slice_of_pointers_local.go:9:6: can inline main
./slice_of_pointers_local.go:9:20: inlining call to f
