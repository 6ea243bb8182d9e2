./leak_param_heap.go:5:6: can inline f
./leak_param_heap.go:9:6: can inline main
./leak_param_heap.go:11:3: inlining call to f
