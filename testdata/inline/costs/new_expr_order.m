./new_expr_order.go:5:6: can inline f
./new_expr_order.go:12:6: can inline (*T).M
./new_expr_order.go:21:8: can inline a.func1
./new_expr_order.go:32:6: can inline main
./new_expr_order.go:8:15: inlining call to f
./new_expr_order.go:26:12: inlining call to (*T).M
./new_expr_order.go:27:12: inlining call to f
./new_expr_order.go:27:18: inlining call to (*T).M
