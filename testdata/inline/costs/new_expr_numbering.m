./new_expr_numbering.go:5:6: can inline g
./new_expr_numbering.go:6:6: can inline h
./new_expr_numbering.go:7:6: can inline use
./new_expr_numbering.go:11:6: can inline getI
./new_expr_numbering.go:37:2: can inline a.deferwrap1
./new_expr_numbering.go:50:6: can inline b
./new_expr_numbering.go:56:6: can inline c
./new_expr_numbering.go:65:6: can inline main
./new_expr_numbering.go:35:16: inlining call to g
./new_expr_numbering.go:35:14: inlining call to h
./new_expr_numbering.go:36:6: inlining call to getI
./new_expr_numbering.go:37:11: inlining call to use
./new_expr_numbering.go:53:10: inlining call to g
./new_expr_numbering.go:58:11: inlining call to g
