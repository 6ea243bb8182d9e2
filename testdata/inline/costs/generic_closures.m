./generic_closures.go:12:6: can inline (*List[go.shape.int]).Push
./generic_closures.go:16:6: can inline (*List[go.shape.int]).Each
./generic_closures.go:42:9: can inline main.func1
./generic_closures.go:12:6: can inline (*List[go.shape.string]).Push
./generic_closures.go:22:6: can inline Map[go.shape.int,go.shape.string]
./generic_closures.go:45:23: can inline main.func2
./generic_closures.go:30:6: can inline Counter[go.shape.int]
./generic_closures.go:32:9: can inline Counter[go.shape.int].func1
./generic_closures.go:35:6: can inline Apply[go.shape.int]
./generic_closures.go:48:11: can inline main.func3
./generic_closures.go:35:6: can inline Apply[go.shape.string]
./generic_closures.go:49:13: can inline main.func4
./generic_closures.go:35:6: can inline Apply[string]
./generic_closures.go:35:6: can inline Apply[int]
./generic_closures.go:30:6: can inline Counter[int]
./generic_closures.go:22:6: can inline Map[int,string]
./generic_closures.go:16:6: can inline (*List[go.shape.string]).Each
./generic_closures.go:16:6: can inline (*List[string]).Each
./generic_closures.go:12:6: can inline (*List[string]).Push
./generic_closures.go:16:6: can inline (*List[int]).Each
./generic_closures.go:12:6: can inline (*List[int]).Push
./generic_closures.go:41:8: inlining call to (*List[go.shape.int]).Push
./generic_closures.go:42:8: inlining call to (*List[go.shape.int]).Each
./generic_closures.go:44:9: inlining call to (*List[go.shape.string]).Push
./generic_closures.go:45:9: inlining call to Map[go.shape.int,go.shape.string]
./generic_closures.go:46:19: inlining call to Counter[go.shape.int]
./generic_closures.go:32:9: can inline main.Counter[go.shape.int].func5
./generic_closures.go:47:7: inlining call to main.Counter[go.shape.int].func5
./generic_closures.go:48:7: inlining call to Apply[go.shape.int]
./generic_closures.go:49:7: inlining call to Apply[go.shape.string]
./generic_closures.go:42:8: inlining call to main.func1
./generic_closures.go:45:9: inlining call to main.func2
./generic_closures.go:48:7: inlining call to main.func3
./generic_closures.go:49:7: inlining call to main.func4
./generic_closures.go:35:6: inlining call to Apply[go.shape.string]
./generic_closures.go:35:6: inlining call to Apply[go.shape.int]
./generic_closures.go:30:6: inlining call to Counter[go.shape.int]
./generic_closures.go:22:6: inlining call to Map[go.shape.int,go.shape.string]
./generic_closures.go:16:6: inlining call to (*List[go.shape.string]).Each
./generic_closures.go:12:6: inlining call to (*List[go.shape.string]).Push
./generic_closures.go:16:6: inlining call to (*List[go.shape.int]).Each
./generic_closures.go:12:6: inlining call to (*List[go.shape.int]).Push
