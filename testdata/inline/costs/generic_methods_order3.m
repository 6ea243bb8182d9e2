./generic_methods_order3.go:21:6: can inline Sort[go.shape.int]
./generic_methods_order3.go:21:6: can inline Sort[go.shape.string]
./generic_methods_order3.go:11:6: can inline orderedSlice[go.shape.int].Swap
./generic_methods_order3.go:10:6: can inline orderedSlice[go.shape.int].Less
./generic_methods_order3.go:9:6: can inline orderedSlice[go.shape.int].Len
./generic_methods_order3.go:19:6: can inline Pair[go.shape.int,go.shape.string].Second
./generic_methods_order3.go:18:6: can inline Pair[go.shape.int,go.shape.string].First
./generic_methods_order3.go:11:6: can inline orderedSlice[go.shape.string].Swap
./generic_methods_order3.go:10:6: can inline orderedSlice[go.shape.string].Less
./generic_methods_order3.go:9:6: can inline orderedSlice[go.shape.string].Len
./generic_methods_order3.go:19:6: can inline Pair[go.shape.string,go.shape.string].Second
./generic_methods_order3.go:18:6: can inline Pair[go.shape.string,go.shape.string].First
./generic_methods_order3.go:19:6: can inline Pair[go.shape.bool,go.shape.float64].Second
./generic_methods_order3.go:18:6: can inline Pair[go.shape.bool,go.shape.float64].First
./generic_methods_order3.go:19:6: can inline Pair[bool,float64].Second
./generic_methods_order3.go:18:6: can inline Pair[bool,float64].First
./generic_methods_order3.go:19:6: can inline Pair[string,string].Second
./generic_methods_order3.go:18:6: can inline Pair[string,string].First
./generic_methods_order3.go:11:6: can inline orderedSlice[string].Swap
./generic_methods_order3.go:10:6: can inline orderedSlice[string].Less
./generic_methods_order3.go:9:6: can inline orderedSlice[string].Len
./generic_methods_order3.go:21:6: can inline Sort[string]
./generic_methods_order3.go:19:6: can inline Pair[int,string].Second
./generic_methods_order3.go:18:6: can inline Pair[int,string].First
./generic_methods_order3.go:11:6: can inline orderedSlice[int].Swap
./generic_methods_order3.go:10:6: can inline orderedSlice[int].Less
./generic_methods_order3.go:9:6: can inline orderedSlice[int].Len
./generic_methods_order3.go:21:6: can inline Sort[int]
./generic_methods_order3.go:28:6: inlining call to Sort[go.shape.int]
./generic_methods_order3.go:29:6: inlining call to Sort[go.shape.string]
./generic_methods_order3.go:19:6: inlining call to Pair[go.shape.bool,go.shape.float64].Second
./generic_methods_order3.go:18:6: inlining call to Pair[go.shape.bool,go.shape.float64].First
./generic_methods_order3.go:19:6: inlining call to Pair[go.shape.string,go.shape.string].Second
./generic_methods_order3.go:18:6: inlining call to Pair[go.shape.string,go.shape.string].First
./generic_methods_order3.go:11:6: inlining call to orderedSlice[go.shape.string].Swap
./generic_methods_order3.go:10:6: inlining call to orderedSlice[go.shape.string].Less
./generic_methods_order3.go:9:6: inlining call to orderedSlice[go.shape.string].Len
./generic_methods_order3.go:21:6: inlining call to Sort[go.shape.string]
./generic_methods_order3.go:19:6: inlining call to Pair[go.shape.int,go.shape.string].Second
./generic_methods_order3.go:18:6: inlining call to Pair[go.shape.int,go.shape.string].First
./generic_methods_order3.go:11:6: inlining call to orderedSlice[go.shape.int].Swap
./generic_methods_order3.go:10:6: inlining call to orderedSlice[go.shape.int].Less
./generic_methods_order3.go:9:6: inlining call to orderedSlice[go.shape.int].Len
./generic_methods_order3.go:21:6: inlining call to Sort[go.shape.int]
