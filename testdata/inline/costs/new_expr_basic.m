./new_expr_basic.go:6:6: can inline f
./new_expr_basic.go:10:6: can inline a
./new_expr_basic.go:15:6: can inline b
./new_expr_basic.go:20:6: can inline c
./new_expr_basic.go:24:6: can inline d
./new_expr_basic.go:29:6: can inline e
./new_expr_basic.go:33:6: can inline g
./new_expr_basic.go:37:6: can inline h
./new_expr_basic.go:41:6: can inline i
./new_expr_basic.go:46:6: can inline j
./new_expr_basic.go:51:6: can inline main
./new_expr_basic.go:16:12: inlining call to f
