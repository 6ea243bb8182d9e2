./slice_copy_builtin.go:3:6: can inline f
./slice_copy_builtin.go:7:6: can inline main
./slice_copy_builtin.go:7:20: inlining call to f
