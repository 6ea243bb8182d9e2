./generic_inline_shared_shape.go:8:6: can inline Max[go.shape.int]
./generic_inline_shared_shape.go:15:6: can inline main
./generic_inline_shared_shape.go:8:6: can inline Max[main.MyInt]
./generic_inline_shared_shape.go:8:6: can inline Max[int]
./generic_inline_shared_shape.go:16:9: inlining call to Max[go.shape.int]
./generic_inline_shared_shape.go:17:9: inlining call to Max[go.shape.int]
./generic_inline_shared_shape.go:8:6: inlining call to Max[go.shape.int]
./generic_inline_shared_shape.go:8:6: inlining call to Max[go.shape.int]
