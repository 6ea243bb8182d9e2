./copy_generic_live.go:8:6: can inline Make[go.shape.int]
./copy_generic_live.go:9:9: can inline Make[go.shape.int].func1
./copy_generic_live.go:21:6: can inline Keep[go.shape.int]
./copy_generic_live.go:8:6: can inline Make[go.shape.string]
./copy_generic_live.go:9:9: can inline Make[go.shape.string].func1
./copy_generic_live.go:15:6: can inline Apply[go.shape.int]
./copy_generic_live.go:30:6: can inline Visit[go.shape.int]
./copy_generic_live.go:31:12: can inline Visit[go.shape.int].func1
./copy_generic_live.go:8:6: can inline Make[go.shape.float64]
./copy_generic_live.go:9:9: can inline Make[go.shape.float64].func1
./copy_generic_live.go:8:6: can inline Make[float64]
./copy_generic_live.go:30:6: can inline Visit[int]
./copy_generic_live.go:26:6: can inline Call[string]
./copy_generic_live.go:21:6: can inline Keep[int]
./copy_generic_live.go:22:11: inlining call to Make[go.shape.int]
./copy_generic_live.go:27:13: inlining call to Make[go.shape.string]
./copy_generic_live.go:9:9: can inline Call[go.shape.string].Make[go.shape.string].func1
./copy_generic_live.go:27:16: inlining call to Call[go.shape.string].Make[go.shape.string].func1
./copy_generic_live.go:31:7: inlining call to Apply[go.shape.int]
./copy_generic_live.go:31:7: inlining call to Visit[go.shape.int].func1
./copy_generic_live.go:35:6: inlining call to Keep[go.shape.int]
./copy_generic_live.go:37:7: inlining call to Visit[go.shape.int]
./copy_generic_live.go:38:11: inlining call to Make[go.shape.float64]
./copy_generic_live.go:35:6: inlining call to Make[go.shape.int]
./copy_generic_live.go:37:7: inlining call to Apply[go.shape.int]
./copy_generic_live.go:31:12: can inline main.Visit[go.shape.int].func1
./copy_generic_live.go:37:7: inlining call to main.Visit[go.shape.int].func1
./copy_generic_live.go:8:6: inlining call to Make[go.shape.float64]
./copy_generic_live.go:30:6: inlining call to Visit[go.shape.int]
./copy_generic_live.go:30:6: inlining call to Apply[go.shape.int]
./copy_generic_live.go:31:12: can inline Visit[int].Visit[go.shape.int].func1
./copy_generic_live.go:30:6: inlining call to Visit[int].Visit[go.shape.int].func1
./copy_generic_live.go:21:6: inlining call to Keep[go.shape.int]
./copy_generic_live.go:21:6: inlining call to Make[go.shape.int]
