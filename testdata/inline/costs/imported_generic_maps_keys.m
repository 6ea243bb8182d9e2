./imported_generic_maps_keys.go:14:31: inlining call to maps.Keys[go.shape.map[string]int,go.shape.string,go.shape.int]
./imported_generic_maps_keys.go:14:21: inlining call to slices.Collect[go.shape.string]
./imported_generic_maps_keys.go:14:21: inlining call to slices.AppendSeq[go.shape.[]go.shape.string,go.shape.string]
./imported_generic_maps_keys.go:14:21: inlining call to main.Keys[go.shape.map[string]int,go.shape.string,go.shape.int].func1
./imported_generic_maps_keys.go:14:21: inlining call to main.Collect[go.shape.string].AppendSeq[go.shape.[]go.shape.string,go.shape.string]-range1
