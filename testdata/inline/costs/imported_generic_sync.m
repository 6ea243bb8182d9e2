/usr/local/go/src/sync/oncefunc.go:46:6: can inline sync.OnceValue[go.shape.int]
/usr/local/go/src/sync/oncefunc.go:57:9: can inline sync.OnceValue[go.shape.int].func1
./imported_generic_sync.go:38:27: can inline init.func1
/usr/local/go/src/slices/zsortanyfunc.go:10:6: can inline slices.insertionSortCmpFunc[go.shape.struct { main.k string; main.v *int }]
/usr/local/go/src/slices/zsortanyfunc.go:329:6: can inline slices.swapRangeCmpFunc[go.shape.struct { main.k string; main.v *int }]
/usr/local/go/src/slices/sort.go:37:6: can inline slices.SortStableFunc[go.shape.[]main.Item,go.shape.struct { main.k string; main.v *int }]
/usr/local/go/src/cmp/cmp.go:63:6: can inline cmp.isNaN[go.shape.string]
/usr/local/go/src/cmp/cmp.go:40:6: can inline cmp.Compare[go.shape.string]
./imported_generic_sync.go:23:31: can inline sortItems.func1
/usr/local/go/src/slices/iter.go:50:6: can inline slices.AppendSeq[go.shape.[]int,go.shape.int]
/usr/local/go/src/slices/iter.go:51:2: can inline slices.AppendSeq[go.shape.[]int,go.shape.int]-range1
./imported_generic_sync.go:26:6: can inline collect
/usr/local/go/src/slices/iter.go:97:6: can inline slices.Chunk[go.shape.[]int,go.shape.int]
/usr/local/go/src/slices/iter.go:102:9: can inline slices.Chunk[go.shape.[]int,go.shape.int].func1
./imported_generic_sync.go:32:2: can inline chunks-range1
/usr/local/go/src/slices/iter.go:37:6: can inline slices.Values[go.shape.[]int,go.shape.int]
/usr/local/go/src/slices/iter.go:38:9: can inline slices.Values[go.shape.[]int,go.shape.int].func1
/usr/local/go/src/maps/maps.go:62:6: can inline maps.Copy[go.shape.map[string]int,go.shape.map[string]int,go.shape.string,go.shape.int]
/usr/local/go/src/maps/maps.go:69:6: can inline maps.DeleteFunc[go.shape.map[string]int,go.shape.string,go.shape.int]
./imported_generic_sync.go:48:21: can inline main.func1
/usr/local/go/src/cmp/cmp.go:69:6: can inline cmp.Or[go.shape.int]
/usr/local/go/src/slices/slices.go:37:6: can inline slices.EqualFunc[go.shape.[]int,go.shape.[]string,go.shape.int,go.shape.string]
./imported_generic_sync.go:50:52: can inline main.func2
/usr/local/go/src/slices/slices.go:37:6: can inline slices.EqualFunc[[]int,[]string,int,string]
/usr/local/go/src/cmp/cmp.go:69:6: can inline cmp.Or[int]
/usr/local/go/src/maps/maps.go:69:6: can inline maps.DeleteFunc[map[string]int,string,int]
/usr/local/go/src/maps/maps.go:62:6: can inline maps.Copy[map[string]int,map[string]int,string,int]
/usr/local/go/src/slices/iter.go:37:6: can inline slices.Values[[]int,int]
/usr/local/go/src/slices/iter.go:97:6: can inline slices.Chunk[[]int,int]
/usr/local/go/src/slices/iter.go:50:6: can inline slices.AppendSeq[[]int,int]
/usr/local/go/src/cmp/cmp.go:40:6: can inline cmp.Compare[string]
/usr/local/go/src/slices/sort.go:37:6: can inline slices.SortStableFunc[[]main.Item,main.Item]
/usr/local/go/src/sync/oncefunc.go:46:6: can inline sync.OnceValue[int]
/usr/local/go/src/sync/oncefunc.go:58:12: inlining call to sync.(*Once).Do
/usr/local/go/src/sync/oncefunc.go:58:12: inlining call to atomic.(*Bool).Load
./imported_generic_sync.go:38:26: inlining call to sync.OnceValue[go.shape.int]
/usr/local/go/src/slices/zsortanyfunc.go:470:20: inlining call to slices.swapRangeCmpFunc[go.shape.struct { main.k string; main.v *int }]
/usr/local/go/src/slices/zsortanyfunc.go:473:20: inlining call to slices.swapRangeCmpFunc[go.shape.struct { main.k string; main.v *int }]
/usr/local/go/src/slices/zsortanyfunc.go:478:18: inlining call to slices.swapRangeCmpFunc[go.shape.struct { main.k string; main.v *int }]
/usr/local/go/src/slices/zsortanyfunc.go:339:23: inlining call to slices.insertionSortCmpFunc[go.shape.struct { main.k string; main.v *int }]
/usr/local/go/src/slices/zsortanyfunc.go:343:22: inlining call to slices.insertionSortCmpFunc[go.shape.struct { main.k string; main.v *int }]
/usr/local/go/src/cmp/cmp.go:41:15: inlining call to cmp.isNaN[go.shape.string]
/usr/local/go/src/cmp/cmp.go:42:15: inlining call to cmp.isNaN[go.shape.string]
./imported_generic_sync.go:23:71: inlining call to cmp.Compare[go.shape.string]
./imported_generic_sync.go:23:71: inlining call to cmp.isNaN[go.shape.string]
./imported_generic_sync.go:23:71: inlining call to cmp.isNaN[go.shape.string]
./imported_generic_sync.go:23:23: inlining call to slices.SortStableFunc[go.shape.[]main.Item,go.shape.struct { main.k string; main.v *int }]
./imported_generic_sync.go:27:25: inlining call to slices.AppendSeq[go.shape.[]int,go.shape.int]
./imported_generic_sync.go:32:29: inlining call to slices.Chunk[go.shape.[]int,go.shape.int]
/usr/local/go/src/slices/iter.go:102:9: can inline chunks.Chunk[go.shape.[]int,go.shape.int].func1
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
/usr/local/go/src/slices/iter.go:38:9: can inline main.Values[go.shape.[]int,go.shape.int].func3
./imported_generic_sync.go:44:16: inlining call to main.Values[go.shape.[]int,go.shape.int].func3
/usr/local/go/src/slices/iter.go:51:2: can inline main.collect.AppendSeq[go.shape.[]int,go.shape.int]-range1
./imported_generic_sync.go:44:16: inlining call to main.collect.AppendSeq[go.shape.[]int,go.shape.int]-range1
/usr/local/go/src/slices/slices.go:37:6: inlining call to slices.EqualFunc[go.shape.[]int,go.shape.[]string,go.shape.int,go.shape.string]
/usr/local/go/src/cmp/cmp.go:69:6: inlining call to cmp.Or[go.shape.int]
/usr/local/go/src/maps/maps.go:69:6: inlining call to maps.DeleteFunc[go.shape.map[string]int,go.shape.string,go.shape.int]
/usr/local/go/src/maps/maps.go:62:6: inlining call to maps.Copy[go.shape.map[string]int,go.shape.map[string]int,go.shape.string,go.shape.int]
/usr/local/go/src/slices/iter.go:37:6: inlining call to slices.Values[go.shape.[]int,go.shape.int]
/usr/local/go/src/slices/iter.go:97:6: inlining call to slices.Chunk[go.shape.[]int,go.shape.int]
/usr/local/go/src/slices/iter.go:50:6: inlining call to slices.AppendSeq[go.shape.[]int,go.shape.int]
/usr/local/go/src/cmp/cmp.go:40:6: inlining call to cmp.Compare[go.shape.string]
/usr/local/go/src/cmp/cmp.go:40:6: inlining call to cmp.isNaN[go.shape.string]
/usr/local/go/src/cmp/cmp.go:40:6: inlining call to cmp.isNaN[go.shape.string]
/usr/local/go/src/slices/sort.go:37:6: inlining call to slices.SortStableFunc[go.shape.[]main.Item,go.shape.struct { main.k string; main.v *int }]
/usr/local/go/src/sync/oncefunc.go:46:6: inlining call to sync.OnceValue[go.shape.int]
