./copy_generic_dead.go:8:6: can inline Apply[go.shape.int]
./copy_generic_dead.go:14:6: can inline Visit[go.shape.int]
./copy_generic_dead.go:15:12: can inline Visit[go.shape.int].func1
./copy_generic_dead.go:18:6: can inline Each[go.shape.string]
./copy_generic_dead.go:19:9: can inline Each[go.shape.string].func1
./copy_generic_dead.go:30:2: can inline Count[go.shape.string]-range1
./copy_generic_dead.go:18:6: can inline Each[go.shape.int]
./copy_generic_dead.go:19:9: can inline Each[go.shape.int].func1
./copy_generic_dead.go:30:2: can inline Count[go.shape.int]-range1
./copy_generic_dead.go:28:6: can inline Count[int]
./copy_generic_dead.go:28:6: can inline Count[string]
./copy_generic_dead.go:14:6: can inline Visit[int]
./copy_generic_dead.go:15:7: inlining call to Apply[go.shape.int]
./copy_generic_dead.go:15:7: inlining call to Visit[go.shape.int].func1
./copy_generic_dead.go:30:21: inlining call to Each[go.shape.string]
./copy_generic_dead.go:19:9: can inline Count[go.shape.string].Each[go.shape.string].func1
./copy_generic_dead.go:30:2: inlining call to Count[go.shape.string].Each[go.shape.string].func1
./copy_generic_dead.go:30:2: inlining call to Count[go.shape.string]-range1
./copy_generic_dead.go:30:21: inlining call to Each[go.shape.int]
./copy_generic_dead.go:19:9: can inline Count[go.shape.int].Each[go.shape.int].func1
./copy_generic_dead.go:30:2: inlining call to Count[go.shape.int].Each[go.shape.int].func1
./copy_generic_dead.go:30:2: inlining call to Count[go.shape.int]-range1
./copy_generic_dead.go:39:7: inlining call to Visit[go.shape.int]
./copy_generic_dead.go:39:7: inlining call to Apply[go.shape.int]
./copy_generic_dead.go:15:12: can inline main.Visit[go.shape.int].func1
./copy_generic_dead.go:39:7: inlining call to main.Visit[go.shape.int].func1
./copy_generic_dead.go:14:6: inlining call to Visit[go.shape.int]
./copy_generic_dead.go:14:6: inlining call to Apply[go.shape.int]
./copy_generic_dead.go:15:12: can inline Visit[int].Visit[go.shape.int].func1
./copy_generic_dead.go:14:6: inlining call to Visit[int].Visit[go.shape.int].func1
