./sort_slice_closure.go:5:6: can inline f
./sort_slice_closure.go:6:17: can inline f.func1
./sort_slice_closure.go:9:16: inlining call to f
