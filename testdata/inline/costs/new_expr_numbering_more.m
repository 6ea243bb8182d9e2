./new_expr_numbering_more.go:10:6: can inline take
./new_expr_numbering_more.go:9:6: can inline pair
./new_expr_numbering_more.go:7:6: can inline T.M
./new_expr_numbering_more.go:16:7: can inline a.func1
./new_expr_numbering_more.go:45:2: can inline a.deferwrap1
./new_expr_numbering_more.go:52:6: can inline main
./new_expr_numbering_more.go:12:19: inlining call to pair
./new_expr_numbering_more.go:12:14: inlining call to take
./new_expr_numbering_more.go:13:23: inlining call to pair
./new_expr_numbering_more.go:13:18: inlining call to take
./new_expr_numbering_more.go:45:21: inlining call to pair
./new_expr_numbering_more.go:45:16: inlining call to take
./new_expr_numbering_more.go:45:11: inlining call to T.M
