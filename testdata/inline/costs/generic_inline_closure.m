./generic_inline_closure.go:7:6: can inline Counter[go.shape.int]
./generic_inline_closure.go:9:9: can inline Counter[go.shape.int].func1
./generic_inline_closure.go:7:6: can inline Counter[int]
./generic_inline_closure.go:13:14: inlining call to Counter[go.shape.int]
./generic_inline_closure.go:9:9: can inline main.Counter[go.shape.int].func1
./generic_inline_closure.go:14:7: inlining call to main.Counter[go.shape.int].func1
./generic_inline_closure.go:7:6: inlining call to Counter[go.shape.int]
