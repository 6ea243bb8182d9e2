./generic_inline_iterator_copy.go:10:6: can inline Chunk[go.shape.[]int,go.shape.int]
./generic_inline_iterator_copy.go:15:9: can inline Chunk[go.shape.[]int,go.shape.int].func1
./generic_inline_iterator_copy.go:27:2: can inline chunks-range1
./generic_inline_iterator_copy.go:33:6: can inline main
./generic_inline_iterator_copy.go:10:6: can inline Chunk[[]int,int]
./generic_inline_iterator_copy.go:27:22: inlining call to Chunk[go.shape.[]int,go.shape.int]
./generic_inline_iterator_copy.go:15:9: can inline chunks.Chunk[go.shape.[]int,go.shape.int].func1
./generic_inline_iterator_copy.go:27:2: inlining call to chunks.Chunk[go.shape.[]int,go.shape.int].func1
./generic_inline_iterator_copy.go:27:2: inlining call to chunks-range1
./generic_inline_iterator_copy.go:10:6: inlining call to Chunk[go.shape.[]int,go.shape.int]
