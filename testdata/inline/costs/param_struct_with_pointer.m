./param_struct_with_pointer.go:10:6: can inline f
./param_struct_with_pointer.go:14:6: can inline h
./param_struct_with_pointer.go:18:6: can inline main
./param_struct_with_pointer.go:19:3: inlining call to f
./param_struct_with_pointer.go:20:7: inlining call to h
