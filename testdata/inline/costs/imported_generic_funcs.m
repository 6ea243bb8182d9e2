./imported_generic_funcs.go:22:22: can inline byAge.func1
./imported_generic_funcs.go:34:6: can inline find
./imported_generic_funcs.go:35:30: can inline find.func1
./imported_generic_funcs.go:42:6: can inline search
./imported_generic_funcs.go:22:59: inlining call to cmp.Compare[go.shape.int]
./imported_generic_funcs.go:22:59: inlining call to cmp.isNaN[go.shape.int]
./imported_generic_funcs.go:22:59: inlining call to cmp.isNaN[go.shape.int]
./imported_generic_funcs.go:22:17: inlining call to slices.SortFunc[go.shape.[]main.P,go.shape.struct { main.name string; main.age int }]
./imported_generic_funcs.go:30:13: inlining call to slices.Sort[go.shape.[]string,go.shape.string]
./imported_generic_funcs.go:31:23: inlining call to slices.Compact[go.shape.[]string,go.shape.string]
./imported_generic_funcs.go:35:25: inlining call to slices.IndexFunc[go.shape.[]main.P,go.shape.struct { main.name string; main.age int }]
./imported_generic_funcs.go:35:25: inlining call to find.func1
./imported_generic_funcs.go:39:19: inlining call to maps.Clone[go.shape.map[string]int,go.shape.string,go.shape.int]
./imported_generic_funcs.go:50:14: inlining call to find
./imported_generic_funcs.go:53:16: inlining call to search
./imported_generic_funcs.go:54:20: inlining call to slices.Max[go.shape.[]int,go.shape.int]
./imported_generic_funcs.go:54:45: inlining call to slices.Min[go.shape.[]float64,go.shape.float64]
./imported_generic_funcs.go:55:19: inlining call to slices.Clone[go.shape.[]main.P,go.shape.struct { main.name string; main.age int }]
./imported_generic_funcs.go:56:16: inlining call to slices.Reverse[go.shape.[]main.P,go.shape.struct { main.name string; main.age int }]
./imported_generic_funcs.go:58:22: inlining call to slices.Equal[go.shape.[]int,go.shape.int]
./imported_generic_funcs.go:50:14: inlining call to slices.IndexFunc[go.shape.[]main.P,go.shape.struct { main.name string; main.age int }]
./imported_generic_funcs.go:35:30: can inline main.find.func1
./imported_generic_funcs.go:50:14: inlining call to main.find.func1
