./generic_method_expr_calls.go:13:6: can inline box[go.shape.int].keep
./generic_method_expr_calls.go:19:17: can inline twice[go.shape.int].func1
./generic_method_expr_calls.go:16:6: can inline twice[go.shape.int]
./generic_method_expr_calls.go:13:6: can inline box[go.shape.string].keep
./generic_method_expr_calls.go:19:17: can inline twice[go.shape.string].func1
./generic_method_expr_calls.go:16:6: can inline twice[go.shape.string]
./generic_method_expr_calls.go:26:6: can inline cell[go.shape.int].keep
./generic_method_expr_calls.go:32:19: can inline loop[go.shape.int].func1
./generic_method_expr_calls.go:29:6: can inline loop[go.shape.int]
./generic_method_expr_calls.go:39:6: can inline jar[go.shape.int].keep
./generic_method_expr_calls.go:42:6: can inline kept[go.shape.int]
./generic_method_expr_calls.go:43:17: can inline kept[go.shape.int].func1
./generic_method_expr_calls.go:13:6: can inline box[go.shape.*uint8].keep
./generic_method_expr_calls.go:19:17: can inline twice[go.shape.*uint8].func1
./generic_method_expr_calls.go:16:6: can inline twice[go.shape.*uint8]
./generic_method_expr_calls.go:13:6: can inline box[*int].keep
./generic_method_expr_calls.go:16:6: can inline twice[*int]
./generic_method_expr_calls.go:39:6: can inline jar[int].keep
./generic_method_expr_calls.go:42:6: can inline kept[int]
./generic_method_expr_calls.go:26:6: can inline cell[int].keep
./generic_method_expr_calls.go:29:6: can inline loop[int]
./generic_method_expr_calls.go:13:6: can inline box[string].keep
./generic_method_expr_calls.go:16:6: can inline twice[string]
./generic_method_expr_calls.go:13:6: can inline box[int].keep
./generic_method_expr_calls.go:16:6: can inline twice[int]
./generic_method_expr_calls.go:20:4: inlining call to twice[go.shape.int].func1
./generic_method_expr_calls.go:21:4: inlining call to twice[go.shape.int].func1
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.int].keep
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.int].keep
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.int].keep
./generic_method_expr_calls.go:20:4: inlining call to twice[go.shape.string].func1
./generic_method_expr_calls.go:21:4: inlining call to twice[go.shape.string].func1
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.string].keep
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.string].keep
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.string].keep
./generic_method_expr_calls.go:33:5: inlining call to loop[go.shape.int].func1
./generic_method_expr_calls.go:32:19: inlining call to cell[go.shape.int].keep
./generic_method_expr_calls.go:32:19: inlining call to cell[go.shape.int].keep
./generic_method_expr_calls.go:43:17: inlining call to jar[go.shape.int].keep
./generic_method_expr_calls.go:20:4: inlining call to twice[go.shape.*uint8].func1
./generic_method_expr_calls.go:21:4: inlining call to twice[go.shape.*uint8].func1
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.*uint8].keep
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.*uint8].keep
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.*uint8].keep
./generic_method_expr_calls.go:48:12: inlining call to twice[go.shape.int]
./generic_method_expr_calls.go:49:15: inlining call to twice[go.shape.string]
./generic_method_expr_calls.go:50:11: inlining call to loop[go.shape.int]
./generic_method_expr_calls.go:51:11: inlining call to kept[go.shape.int]
./generic_method_expr_calls.go:53:13: inlining call to twice[go.shape.*uint8]
./generic_method_expr_calls.go:19:17: can inline main.twice[go.shape.int].func1
./generic_method_expr_calls.go:48:12: inlining call to main.twice[go.shape.int].func1
./generic_method_expr_calls.go:48:12: inlining call to main.twice[go.shape.int].func1
./generic_method_expr_calls.go:19:17: can inline main.twice[go.shape.string].func2
./generic_method_expr_calls.go:49:15: inlining call to main.twice[go.shape.string].func2
./generic_method_expr_calls.go:49:15: inlining call to main.twice[go.shape.string].func2
./generic_method_expr_calls.go:32:19: can inline main.loop[go.shape.int].func3
./generic_method_expr_calls.go:50:11: inlining call to main.loop[go.shape.int].func3
./generic_method_expr_calls.go:19:17: can inline main.twice[go.shape.*uint8].func5
./generic_method_expr_calls.go:53:13: inlining call to main.twice[go.shape.*uint8].func5
./generic_method_expr_calls.go:53:13: inlining call to main.twice[go.shape.*uint8].func5
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.int].keep
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.int].keep
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.string].keep
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.string].keep
./generic_method_expr_calls.go:32:19: inlining call to cell[go.shape.int].keep
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.*uint8].keep
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.*uint8].keep
./generic_method_expr_calls.go:13:6: inlining call to box[go.shape.*uint8].keep
./generic_method_expr_calls.go:16:6: inlining call to twice[go.shape.*uint8]
./generic_method_expr_calls.go:19:17: can inline twice[*int].twice[go.shape.*uint8].func1
./generic_method_expr_calls.go:16:6: inlining call to twice[*int].twice[go.shape.*uint8].func1
./generic_method_expr_calls.go:16:6: inlining call to twice[*int].twice[go.shape.*uint8].func1
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.*uint8].keep
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.*uint8].keep
./generic_method_expr_calls.go:39:6: inlining call to jar[go.shape.int].keep
./generic_method_expr_calls.go:42:6: inlining call to kept[go.shape.int]
./generic_method_expr_calls.go:26:6: inlining call to cell[go.shape.int].keep
./generic_method_expr_calls.go:29:6: inlining call to loop[go.shape.int]
./generic_method_expr_calls.go:32:19: can inline loop[int].loop[go.shape.int].func1
./generic_method_expr_calls.go:29:6: inlining call to loop[int].loop[go.shape.int].func1
./generic_method_expr_calls.go:32:19: inlining call to cell[go.shape.int].keep
./generic_method_expr_calls.go:13:6: inlining call to box[go.shape.string].keep
./generic_method_expr_calls.go:16:6: inlining call to twice[go.shape.string]
./generic_method_expr_calls.go:19:17: can inline twice[string].twice[go.shape.string].func1
./generic_method_expr_calls.go:16:6: inlining call to twice[string].twice[go.shape.string].func1
./generic_method_expr_calls.go:16:6: inlining call to twice[string].twice[go.shape.string].func1
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.string].keep
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.string].keep
./generic_method_expr_calls.go:13:6: inlining call to box[go.shape.int].keep
./generic_method_expr_calls.go:16:6: inlining call to twice[go.shape.int]
./generic_method_expr_calls.go:19:17: can inline twice[int].twice[go.shape.int].func1
./generic_method_expr_calls.go:16:6: inlining call to twice[int].twice[go.shape.int].func1
./generic_method_expr_calls.go:16:6: inlining call to twice[int].twice[go.shape.int].func1
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.int].keep
./generic_method_expr_calls.go:19:17: inlining call to box[go.shape.int].keep
