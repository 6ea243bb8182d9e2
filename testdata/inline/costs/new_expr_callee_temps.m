./new_expr_callee_temps.go:7:6: can inline T.M
./new_expr_callee_temps.go:8:6: can inline getT
./new_expr_callee_temps.go:9:6: can inline getF
./new_expr_callee_temps.go:11:6: can inline a
./new_expr_callee_temps.go:23:6: can inline c
./new_expr_callee_temps.go:29:6: can inline main
./new_expr_callee_temps.go:12:6: inlining call to getT
./new_expr_callee_temps.go:12:10: inlining call to T.M
./new_expr_callee_temps.go:18:6: inlining call to getF
./new_expr_callee_temps.go:24:10: inlining call to T.M
