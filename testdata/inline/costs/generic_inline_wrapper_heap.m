./generic_inline_wrapper_heap.go:8:6: can inline Keep[go.shape.int]
./generic_inline_wrapper_heap.go:12:6: can inline main
./generic_inline_wrapper_heap.go:8:6: can inline Keep[int]
./generic_inline_wrapper_heap.go:13:6: inlining call to Keep[go.shape.int]
./generic_inline_wrapper_heap.go:8:6: inlining call to Keep[go.shape.int]
