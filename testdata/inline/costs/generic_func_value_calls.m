./generic_func_value_calls.go:31:6: can inline seq
./generic_func_value_calls.go:10:6: can inline G[go.shape.int,go.shape.func(int) int]
./generic_func_value_calls.go:34:8: can inline main.func1
./generic_func_value_calls.go:12:6: can inline H[go.shape.func(int) string]
./generic_func_value_calls.go:35:8: can inline main.func2
./generic_func_value_calls.go:14:6: can inline R[go.shape.string,go.shape.func(func(int) bool)]
./generic_func_value_calls.go:16:2: can inline R[go.shape.string,go.shape.func(func(int) bool)]-range1
./generic_func_value_calls.go:25:17: can inline Q[go.shape.int].func1
./generic_func_value_calls.go:25:2: can inline Q[go.shape.int]-range1
./generic_func_value_calls.go:23:6: can inline Q[int]
./generic_func_value_calls.go:14:6: can inline R[string,func(func(int) bool)]
./generic_func_value_calls.go:12:6: can inline H[func(int) string]
./generic_func_value_calls.go:10:6: can inline G[int,func(int) int]
./generic_func_value_calls.go:25:2: inlining call to Q[go.shape.int].func1
./generic_func_value_calls.go:25:2: inlining call to Q[go.shape.int]-range1
./generic_func_value_calls.go:34:7: inlining call to G[go.shape.int,go.shape.func(int) int]
./generic_func_value_calls.go:35:7: inlining call to H[go.shape.func(int) string]
./generic_func_value_calls.go:36:7: inlining call to R[go.shape.string,go.shape.func(func(int) bool)]
./generic_func_value_calls.go:34:7: inlining call to main.func1
./generic_func_value_calls.go:35:7: inlining call to main.func2
./generic_func_value_calls.go:35:7: inlining call to main.func2
./generic_func_value_calls.go:36:7: inlining call to seq
./generic_func_value_calls.go:16:2: can inline main.R[go.shape.string,go.shape.func(func(int) bool)]-range1
./generic_func_value_calls.go:36:7: inlining call to main.R[go.shape.string,go.shape.func(func(int) bool)]-range1
./generic_func_value_calls.go:14:6: inlining call to R[go.shape.string,go.shape.func(func(int) bool)]
./generic_func_value_calls.go:12:6: inlining call to H[go.shape.func(int) string]
./generic_func_value_calls.go:10:6: inlining call to G[go.shape.int,go.shape.func(int) int]
