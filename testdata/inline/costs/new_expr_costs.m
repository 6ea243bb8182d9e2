./new_expr_costs.go:3:6: can inline f
./new_expr_costs.go:7:6: can inline a1
./new_expr_costs.go:8:6: can inline a2
./new_expr_costs.go:9:6: can inline a3
./new_expr_costs.go:10:6: can inline a4
./new_expr_costs.go:11:6: can inline a5
./new_expr_costs.go:12:6: can inline a6
./new_expr_costs.go:13:6: can inline a7
./new_expr_costs.go:16:6: can inline (*T).M
./new_expr_costs.go:14:6: can inline a8
./new_expr_costs.go:18:6: can inline main
./new_expr_costs.go:8:30: inlining call to f
./new_expr_costs.go:14:23: inlining call to (*T).M
