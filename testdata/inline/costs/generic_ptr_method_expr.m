./generic_ptr_method_expr.go:13:6: can inline s[go.shape.int].g0
./generic_ptr_method_expr.go:13:6: can inline s[int].g0
./generic_ptr_method_expr.go:14:6: can inline s[go.shape.int].keep
./generic_ptr_method_expr.go:19:16: can inline gen[go.shape.int].func1
./generic_ptr_method_expr.go:22:15: can inline gen[go.shape.int].func2
./generic_ptr_method_expr.go:13:6: can inline s[go.shape.*uint8].g0
./generic_ptr_method_expr.go:14:6: can inline s[go.shape.*uint8].keep
./generic_ptr_method_expr.go:19:16: can inline gen[go.shape.*uint8].func1
./generic_ptr_method_expr.go:22:15: can inline gen[go.shape.*uint8].func2
./generic_ptr_method_expr.go:15:6: can inline s[go.shape.*uint8].get
./generic_ptr_method_expr.go:28:15: can inline result[go.shape.*uint8].func1
./generic_ptr_method_expr.go:26:6: can inline result[go.shape.*uint8]
./generic_ptr_method_expr.go:15:6: can inline s[go.shape.int].get
./generic_ptr_method_expr.go:26:6: can inline result[*int]
./generic_ptr_method_expr.go:15:6: can inline s[*int].get
./generic_ptr_method_expr.go:14:6: can inline s[*int].keep
./generic_ptr_method_expr.go:13:6: can inline s[*int].g0
./generic_ptr_method_expr.go:17:6: can inline gen[*int]
./generic_ptr_method_expr.go:15:6: can inline s[int].get
./generic_ptr_method_expr.go:14:6: can inline s[int].keep
./generic_ptr_method_expr.go:17:6: can inline gen[int]
./generic_ptr_method_expr.go:13:6: inlining call to s[go.shape.int].g0
./generic_ptr_method_expr.go:20:5: inlining call to gen[go.shape.int].func1
./generic_ptr_method_expr.go:23:4: inlining call to gen[go.shape.int].func2
./generic_ptr_method_expr.go:19:16: inlining call to s[go.shape.int].g0
./generic_ptr_method_expr.go:22:15: inlining call to s[go.shape.int].keep
./generic_ptr_method_expr.go:19:16: inlining call to s[go.shape.int].g0
./generic_ptr_method_expr.go:22:15: inlining call to s[go.shape.int].keep
./generic_ptr_method_expr.go:20:5: inlining call to gen[go.shape.*uint8].func1
./generic_ptr_method_expr.go:23:4: inlining call to gen[go.shape.*uint8].func2
./generic_ptr_method_expr.go:19:16: inlining call to s[go.shape.*uint8].g0
./generic_ptr_method_expr.go:22:15: inlining call to s[go.shape.*uint8].keep
./generic_ptr_method_expr.go:19:16: inlining call to s[go.shape.*uint8].g0
./generic_ptr_method_expr.go:22:15: inlining call to s[go.shape.*uint8].keep
./generic_ptr_method_expr.go:29:11: inlining call to result[go.shape.*uint8].func1
./generic_ptr_method_expr.go:28:15: inlining call to s[go.shape.*uint8].get
./generic_ptr_method_expr.go:28:15: inlining call to s[go.shape.*uint8].get
./generic_ptr_method_expr.go:44:21: inlining call to result[go.shape.*uint8]
./generic_ptr_method_expr.go:28:15: can inline main.result[go.shape.*uint8].func1
./generic_ptr_method_expr.go:44:21: inlining call to main.result[go.shape.*uint8].func1
./generic_ptr_method_expr.go:28:15: inlining call to s[go.shape.*uint8].get
./generic_ptr_method_expr.go:26:6: inlining call to result[go.shape.*uint8]
./generic_ptr_method_expr.go:28:15: can inline result[*int].result[go.shape.*uint8].func1
./generic_ptr_method_expr.go:26:6: inlining call to result[*int].result[go.shape.*uint8].func1
./generic_ptr_method_expr.go:28:15: inlining call to s[go.shape.*uint8].get
./generic_ptr_method_expr.go:15:6: inlining call to s[go.shape.*uint8].get
./generic_ptr_method_expr.go:14:6: inlining call to s[go.shape.*uint8].keep
./generic_ptr_method_expr.go:13:6: inlining call to s[go.shape.*uint8].g0
./generic_ptr_method_expr.go:15:6: inlining call to s[go.shape.int].get
./generic_ptr_method_expr.go:14:6: inlining call to s[go.shape.int].keep
