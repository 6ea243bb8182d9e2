./generic_method_expr_inlined.go:14:6: can inline (*ref[go.shape.int]).set
./generic_method_expr_inlined.go:20:16: can inline store[go.shape.int].func1
./generic_method_expr_inlined.go:18:6: can inline store[go.shape.int]
./generic_method_expr_inlined.go:15:6: can inline ref[go.shape.int].load
./generic_method_expr_inlined.go:28:16: can inline get[go.shape.int].func1
./generic_method_expr_inlined.go:26:6: can inline get[go.shape.int]
./generic_method_expr_inlined.go:34:6: can inline num[go.shape.int].show
./generic_method_expr_inlined.go:40:16: can inline display[go.shape.int].func1
./generic_method_expr_inlined.go:38:6: can inline display[go.shape.int]
./generic_method_expr_inlined.go:34:6: can inline num[int].show
./generic_method_expr_inlined.go:38:6: can inline display[int]
./generic_method_expr_inlined.go:26:6: can inline get[int]
./generic_method_expr_inlined.go:18:6: can inline store[int]
./generic_method_expr_inlined.go:15:6: can inline ref[int].load
./generic_method_expr_inlined.go:14:6: can inline (*ref[int]).set
./generic_method_expr_inlined.go:21:3: inlining call to store[go.shape.int].func1
./generic_method_expr_inlined.go:20:16: inlining call to (*ref[go.shape.int]).set
./generic_method_expr_inlined.go:20:16: inlining call to (*ref[go.shape.int]).set
./generic_method_expr_inlined.go:29:10: inlining call to get[go.shape.int].func1
./generic_method_expr_inlined.go:28:16: inlining call to ref[go.shape.int].load
./generic_method_expr_inlined.go:28:16: inlining call to ref[go.shape.int].load
./generic_method_expr_inlined.go:41:3: inlining call to display[go.shape.int].func1
./generic_method_expr_inlined.go:40:16: inlining call to num[go.shape.int].show
./generic_method_expr_inlined.go:40:16: inlining call to num[go.shape.int].show
./generic_method_expr_inlined.go:46:17: inlining call to store[go.shape.int]
./generic_method_expr_inlined.go:47:17: inlining call to get[go.shape.int]
./generic_method_expr_inlined.go:48:17: inlining call to store[go.shape.int]
./generic_method_expr_inlined.go:49:17: inlining call to get[go.shape.int]
./generic_method_expr_inlined.go:50:14: inlining call to display[go.shape.int]
./generic_method_expr_inlined.go:20:16: can inline main.store[go.shape.int].func1
./generic_method_expr_inlined.go:46:17: inlining call to main.store[go.shape.int].func1
./generic_method_expr_inlined.go:28:16: can inline main.get[go.shape.int].func2
./generic_method_expr_inlined.go:47:17: inlining call to main.get[go.shape.int].func2
./generic_method_expr_inlined.go:20:16: can inline main.store[go.shape.int].func3
./generic_method_expr_inlined.go:48:17: inlining call to main.store[go.shape.int].func3
./generic_method_expr_inlined.go:28:16: can inline main.get[go.shape.int].func4
./generic_method_expr_inlined.go:49:17: inlining call to main.get[go.shape.int].func4
./generic_method_expr_inlined.go:40:16: can inline main.display[go.shape.int].func5
./generic_method_expr_inlined.go:50:14: inlining call to main.display[go.shape.int].func5
./generic_method_expr_inlined.go:20:16: inlining call to (*ref[go.shape.int]).set
./generic_method_expr_inlined.go:28:16: inlining call to ref[go.shape.int].load
./generic_method_expr_inlined.go:20:16: inlining call to (*ref[go.shape.int]).set
./generic_method_expr_inlined.go:28:16: inlining call to ref[go.shape.int].load
./generic_method_expr_inlined.go:40:16: inlining call to num[go.shape.int].show
./generic_method_expr_inlined.go:34:6: inlining call to num[go.shape.int].show
./generic_method_expr_inlined.go:38:6: inlining call to display[go.shape.int]
./generic_method_expr_inlined.go:40:16: can inline display[int].display[go.shape.int].func1
./generic_method_expr_inlined.go:38:6: inlining call to display[int].display[go.shape.int].func1
./generic_method_expr_inlined.go:40:16: inlining call to num[go.shape.int].show
./generic_method_expr_inlined.go:26:6: inlining call to get[go.shape.int]
./generic_method_expr_inlined.go:28:16: can inline get[int].get[go.shape.int].func1
./generic_method_expr_inlined.go:26:6: inlining call to get[int].get[go.shape.int].func1
./generic_method_expr_inlined.go:28:16: inlining call to ref[go.shape.int].load
./generic_method_expr_inlined.go:18:6: inlining call to store[go.shape.int]
./generic_method_expr_inlined.go:20:16: can inline store[int].store[go.shape.int].func1
./generic_method_expr_inlined.go:18:6: inlining call to store[int].store[go.shape.int].func1
./generic_method_expr_inlined.go:20:16: inlining call to (*ref[go.shape.int]).set
./generic_method_expr_inlined.go:15:6: inlining call to ref[go.shape.int].load
./generic_method_expr_inlined.go:14:6: inlining call to (*ref[go.shape.int]).set
