./imported_generic_collect.go:21:2: can inline vals-range1
./imported_generic_collect.go:37:33: can inline main.func1
./imported_generic_collect.go:33:2: can inline main-range1
./imported_generic_collect.go:15:31: inlining call to maps.Keys[go.shape.map[int]string,go.shape.int,go.shape.string]
./imported_generic_collect.go:21:28: inlining call to maps.Values[go.shape.map[int]*int,go.shape.int,go.shape.*uint8]
./imported_generic_collect.go:21:2: inlining call to vals.Values[go.shape.map[int]*int,go.shape.int,go.shape.*uint8].func1
./imported_generic_collect.go:21:2: inlining call to vals-range1
./imported_generic_collect.go:33:30: inlining call to slices.All[go.shape.[]int,go.shape.int]
./imported_generic_collect.go:33:2: inlining call to main.All[go.shape.[]int,go.shape.int].func2
./imported_generic_collect.go:36:19: inlining call to slices.Delete[go.shape.[]int,go.shape.int]
./imported_generic_collect.go:37:29: inlining call to slices.ContainsFunc[go.shape.[]int,go.shape.int]
./imported_generic_collect.go:38:22: inlining call to slices.Repeat[go.shape.[]int,go.shape.int]
./imported_generic_collect.go:39:22: inlining call to slices.Concat[go.shape.[]int,go.shape.int]
./imported_generic_collect.go:40:20: inlining call to slices.Grow[go.shape.[]int,go.shape.int]
./imported_generic_collect.go:33:2: inlining call to main-range1
./imported_generic_collect.go:37:29: inlining call to slices.IndexFunc[go.shape.[]int,go.shape.int]
./imported_generic_collect.go:39:22: inlining call to slices.Grow[go.shape.[]int,go.shape.int]
./imported_generic_collect.go:37:29: inlining call to main.func1
