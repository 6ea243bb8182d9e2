./generic_method_expr_args.go:14:6: can inline pair[go.shape.int].pick
./generic_method_expr_args.go:23:17: can inline withArgs[go.shape.int].func1
./generic_method_expr_args.go:20:6: can inline withArgs[go.shape.int]
./generic_method_expr_args.go:15:6: can inline (*pair[go.shape.string]).first
./generic_method_expr_args.go:31:17: can inline addrOf[go.shape.string].func1
./generic_method_expr_args.go:29:6: can inline addrOf[go.shape.string]
./generic_method_expr_args.go:16:6: can inline pair[go.shape.float64].none
./generic_method_expr_args.go:38:14: can inline exact[go.shape.float64].func1
./generic_method_expr_args.go:36:6: can inline exact[go.shape.float64]
./generic_method_expr_args.go:14:6: can inline pair[go.shape.*uint8].pick
./generic_method_expr_args.go:23:17: can inline withArgs[go.shape.*uint8].func1
./generic_method_expr_args.go:20:6: can inline withArgs[go.shape.*uint8]
./generic_method_expr_args.go:16:6: can inline pair[go.shape.int].none
./generic_method_expr_args.go:15:6: can inline (*pair[go.shape.int]).first
./generic_method_expr_args.go:16:6: can inline pair[go.shape.string].none
./generic_method_expr_args.go:14:6: can inline pair[go.shape.string].pick
./generic_method_expr_args.go:15:6: can inline (*pair[go.shape.float64]).first
./generic_method_expr_args.go:14:6: can inline pair[go.shape.float64].pick
./generic_method_expr_args.go:16:6: can inline pair[go.shape.*uint8].none
./generic_method_expr_args.go:15:6: can inline (*pair[go.shape.*uint8]).first
./generic_method_expr_args.go:16:6: can inline pair[*int].none
./generic_method_expr_args.go:15:6: can inline (*pair[*int]).first
./generic_method_expr_args.go:14:6: can inline pair[*int].pick
./generic_method_expr_args.go:20:6: can inline withArgs[*int]
./generic_method_expr_args.go:16:6: can inline pair[float64].none
./generic_method_expr_args.go:15:6: can inline (*pair[float64]).first
./generic_method_expr_args.go:14:6: can inline pair[float64].pick
./generic_method_expr_args.go:36:6: can inline exact[float64]
./generic_method_expr_args.go:16:6: can inline pair[string].none
./generic_method_expr_args.go:15:6: can inline (*pair[string]).first
./generic_method_expr_args.go:14:6: can inline pair[string].pick
./generic_method_expr_args.go:29:6: can inline addrOf[string]
./generic_method_expr_args.go:16:6: can inline pair[int].none
./generic_method_expr_args.go:15:6: can inline (*pair[int]).first
./generic_method_expr_args.go:14:6: can inline pair[int].pick
./generic_method_expr_args.go:20:6: can inline withArgs[int]
./generic_method_expr_args.go:24:10: inlining call to withArgs[go.shape.int].func1
./generic_method_expr_args.go:23:17: inlining call to pair[go.shape.int].pick
./generic_method_expr_args.go:23:17: inlining call to pair[go.shape.int].pick
./generic_method_expr_args.go:32:10: inlining call to addrOf[go.shape.string].func1
./generic_method_expr_args.go:31:17: inlining call to (*pair[go.shape.string]).first
./generic_method_expr_args.go:31:17: inlining call to (*pair[go.shape.string]).first
./generic_method_expr_args.go:39:3: inlining call to exact[go.shape.float64].func1
./generic_method_expr_args.go:38:14: inlining call to pair[go.shape.float64].none
./generic_method_expr_args.go:38:14: inlining call to pair[go.shape.float64].none
./generic_method_expr_args.go:24:10: inlining call to withArgs[go.shape.*uint8].func1
./generic_method_expr_args.go:23:17: inlining call to pair[go.shape.*uint8].pick
./generic_method_expr_args.go:23:17: inlining call to pair[go.shape.*uint8].pick
./generic_method_expr_args.go:43:22: inlining call to withArgs[go.shape.int]
./generic_method_expr_args.go:44:16: inlining call to addrOf[go.shape.string]
./generic_method_expr_args.go:45:16: inlining call to exact[go.shape.float64]
./generic_method_expr_args.go:47:23: inlining call to withArgs[go.shape.*uint8]
./generic_method_expr_args.go:23:17: can inline main.withArgs[go.shape.int].func1
./generic_method_expr_args.go:43:22: inlining call to main.withArgs[go.shape.int].func1
./generic_method_expr_args.go:31:17: can inline main.addrOf[go.shape.string].func2
./generic_method_expr_args.go:44:16: inlining call to main.addrOf[go.shape.string].func2
./generic_method_expr_args.go:38:14: can inline main.exact[go.shape.float64].func3
./generic_method_expr_args.go:45:16: inlining call to main.exact[go.shape.float64].func3
./generic_method_expr_args.go:23:17: can inline main.withArgs[go.shape.*uint8].func4
./generic_method_expr_args.go:47:23: inlining call to main.withArgs[go.shape.*uint8].func4
./generic_method_expr_args.go:23:17: inlining call to pair[go.shape.int].pick
./generic_method_expr_args.go:31:17: inlining call to (*pair[go.shape.string]).first
./generic_method_expr_args.go:38:14: inlining call to pair[go.shape.float64].none
./generic_method_expr_args.go:23:17: inlining call to pair[go.shape.*uint8].pick
./generic_method_expr_args.go:16:6: inlining call to pair[go.shape.*uint8].none
./generic_method_expr_args.go:15:6: inlining call to (*pair[go.shape.*uint8]).first
./generic_method_expr_args.go:14:6: inlining call to pair[go.shape.*uint8].pick
./generic_method_expr_args.go:20:6: inlining call to withArgs[go.shape.*uint8]
./generic_method_expr_args.go:23:17: can inline withArgs[*int].withArgs[go.shape.*uint8].func1
./generic_method_expr_args.go:20:6: inlining call to withArgs[*int].withArgs[go.shape.*uint8].func1
./generic_method_expr_args.go:23:17: inlining call to pair[go.shape.*uint8].pick
./generic_method_expr_args.go:16:6: inlining call to pair[go.shape.float64].none
./generic_method_expr_args.go:15:6: inlining call to (*pair[go.shape.float64]).first
./generic_method_expr_args.go:14:6: inlining call to pair[go.shape.float64].pick
./generic_method_expr_args.go:36:6: inlining call to exact[go.shape.float64]
./generic_method_expr_args.go:38:14: can inline exact[float64].exact[go.shape.float64].func1
./generic_method_expr_args.go:36:6: inlining call to exact[float64].exact[go.shape.float64].func1
./generic_method_expr_args.go:38:14: inlining call to pair[go.shape.float64].none
./generic_method_expr_args.go:16:6: inlining call to pair[go.shape.string].none
./generic_method_expr_args.go:15:6: inlining call to (*pair[go.shape.string]).first
./generic_method_expr_args.go:14:6: inlining call to pair[go.shape.string].pick
./generic_method_expr_args.go:29:6: inlining call to addrOf[go.shape.string]
./generic_method_expr_args.go:31:17: can inline addrOf[string].addrOf[go.shape.string].func1
./generic_method_expr_args.go:29:6: inlining call to addrOf[string].addrOf[go.shape.string].func1
./generic_method_expr_args.go:31:17: inlining call to (*pair[go.shape.string]).first
./generic_method_expr_args.go:16:6: inlining call to pair[go.shape.int].none
./generic_method_expr_args.go:15:6: inlining call to (*pair[go.shape.int]).first
./generic_method_expr_args.go:14:6: inlining call to pair[go.shape.int].pick
./generic_method_expr_args.go:20:6: inlining call to withArgs[go.shape.int]
./generic_method_expr_args.go:23:17: can inline withArgs[int].withArgs[go.shape.int].func1
./generic_method_expr_args.go:20:6: inlining call to withArgs[int].withArgs[go.shape.int].func1
./generic_method_expr_args.go:23:17: inlining call to pair[go.shape.int].pick
