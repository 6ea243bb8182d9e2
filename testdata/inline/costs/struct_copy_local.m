./struct_copy_local.go:5:6: can inline f
./struct_copy_local.go:12:6: can inline main
./struct_copy_local.go:12:20: inlining call to f
