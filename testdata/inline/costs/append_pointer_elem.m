./append_pointer_elem.go:5:6: can inline f
./append_pointer_elem.go:10:6: can inline main
./append_pointer_elem.go:10:16: inlining call to f
