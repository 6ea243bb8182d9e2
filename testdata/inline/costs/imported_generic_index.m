./imported_generic_index.go:9:6: can inline main
./imported_generic_index.go:11:19: inlining call to slices.Index[go.shape.[]int,go.shape.int]
./imported_generic_index.go:13:24: inlining call to slices.Contains[go.shape.[]*int,go.shape.*int]
./imported_generic_index.go:13:24: inlining call to slices.Index[go.shape.[]*int,go.shape.*int]
