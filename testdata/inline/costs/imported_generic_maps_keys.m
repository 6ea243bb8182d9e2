/usr/local/go/src/slices/iter.go:50:6: can inline slices.AppendSeq[go.shape.[]go.shape.string,go.shape.string]
/usr/local/go/src/slices/iter.go:51:2: can inline slices.AppendSeq[go.shape.[]go.shape.string,go.shape.string]-range1
/usr/local/go/src/slices/iter.go:59:6: can inline slices.Collect[go.shape.string]
/usr/local/go/src/maps/iter.go:25:6: can inline maps.Keys[go.shape.map[string]int,go.shape.string,go.shape.int]
/usr/local/go/src/maps/iter.go:26:9: can inline maps.Keys[go.shape.map[string]int,go.shape.string,go.shape.int].func1
/usr/local/go/src/maps/iter.go:25:6: can inline maps.Keys[map[string]int,string,int]
/usr/local/go/src/slices/iter.go:59:6: can inline slices.Collect[string]
/usr/local/go/src/slices/iter.go:60:18: inlining call to slices.AppendSeq[go.shape.[]go.shape.string,go.shape.string]
./imported_generic_maps_keys.go:14:31: inlining call to maps.Keys[go.shape.map[string]int,go.shape.string,go.shape.int]
./imported_generic_maps_keys.go:14:21: inlining call to slices.Collect[go.shape.string]
./imported_generic_maps_keys.go:14:21: inlining call to slices.AppendSeq[go.shape.[]go.shape.string,go.shape.string]
/usr/local/go/src/maps/iter.go:26:9: can inline main.Keys[go.shape.map[string]int,go.shape.string,go.shape.int].func1
./imported_generic_maps_keys.go:14:21: inlining call to main.Keys[go.shape.map[string]int,go.shape.string,go.shape.int].func1
/usr/local/go/src/slices/iter.go:51:2: can inline main.Collect[go.shape.string].AppendSeq[go.shape.[]go.shape.string,go.shape.string]-range1
./imported_generic_maps_keys.go:14:21: inlining call to main.Collect[go.shape.string].AppendSeq[go.shape.[]go.shape.string,go.shape.string]-range1
/usr/local/go/src/maps/iter.go:25:6: inlining call to maps.Keys[go.shape.map[string]int,go.shape.string,go.shape.int]
/usr/local/go/src/slices/iter.go:59:6: inlining call to slices.Collect[go.shape.string]
/usr/local/go/src/slices/iter.go:59:6: inlining call to slices.AppendSeq[go.shape.[]go.shape.string,go.shape.string]
