./imported_generic_sync.go:38:27: can inline init.func1
./imported_generic_sync.go:23:31: can inline sortItems.func1
./imported_generic_sync.go:26:6: can inline collect
./imported_generic_sync.go:32:2: can inline chunks-range1
./imported_generic_sync.go:48:21: can inline main.func1
./imported_generic_sync.go:50:52: can inline main.func2
./imported_generic_sync.go:38:26: inlining call to sync.OnceValue[go.shape.int]
./imported_generic_sync.go:23:71: inlining call to cmp.Compare[go.shape.string]
./imported_generic_sync.go:23:71: inlining call to cmp.isNaN[go.shape.string]
./imported_generic_sync.go:23:71: inlining call to cmp.isNaN[go.shape.string]
./imported_generic_sync.go:23:23: inlining call to slices.SortStableFunc[go.shape.[]main.Item,go.shape.struct { main.k string; main.v *int }]
./imported_generic_sync.go:27:25: inlining call to slices.AppendSeq[go.shape.[]int,go.shape.int]
./imported_generic_sync.go:32:29: inlining call to slices.Chunk[go.shape.[]int,go.shape.int]
./imported_generic_sync.go:32:2: inlining call to chunks.Chunk[go.shape.[]int,go.shape.int].func1
./imported_generic_sync.go:32:2: inlining call to chunks-range1
./imported_generic_sync.go:44:30: inlining call to slices.Values[go.shape.[]int,go.shape.int]
./imported_generic_sync.go:44:16: inlining call to collect
./imported_generic_sync.go:47:11: inlining call to maps.Copy[go.shape.map[string]int,go.shape.map[string]int,go.shape.string,go.shape.int]
./imported_generic_sync.go:48:17: inlining call to maps.DeleteFunc[go.shape.map[string]int,go.shape.string,go.shape.int]
./imported_generic_sync.go:49:24: inlining call to cmp.Or[go.shape.int]
./imported_generic_sync.go:50:26: inlining call to slices.EqualFunc[go.shape.[]int,go.shape.[]string,go.shape.int,go.shape.string]
./imported_generic_sync.go:44:16: inlining call to slices.AppendSeq[go.shape.[]int,go.shape.int]
./imported_generic_sync.go:48:17: inlining call to main.func1
./imported_generic_sync.go:50:26: inlining call to main.func2
./imported_generic_sync.go:44:16: inlining call to main.Values[go.shape.[]int,go.shape.int].func3
./imported_generic_sync.go:44:16: inlining call to main.collect.AppendSeq[go.shape.[]int,go.shape.int]-range1
