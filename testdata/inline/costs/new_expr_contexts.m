./new_expr_contexts.go:9:6: can inline (*T).M
./new_expr_contexts.go:10:6: can inline T.V
./new_expr_contexts.go:12:6: can inline loops
./new_expr_contexts.go:31:6: can inline methods
./new_expr_contexts.go:36:6: can inline closure
./new_expr_contexts.go:37:9: can inline closure.func1
./new_expr_contexts.go:43:2: can inline deferred.deferwrap1
./new_expr_contexts.go:44:2: can inline deferred.gowrap2
./new_expr_contexts.go:47:6: can inline big
./new_expr_contexts.go:52:6: can inline comp
./new_expr_contexts.go:56:6: can inline main
./new_expr_contexts.go:26:13: inlining call to fmt.Println
./new_expr_contexts.go:27:13: inlining call to fmt.Println
./new_expr_contexts.go:32:14: inlining call to T.V
./new_expr_contexts.go:33:17: inlining call to (*T).M
./new_expr_contexts.go:43:19: inlining call to fmt.Println
./new_expr_contexts.go:44:16: inlining call to fmt.Println
