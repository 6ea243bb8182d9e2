./generic_promoted_method_expr.go:13:6: can inline (*A[go.shape.*uint8]).set
./generic_promoted_method_expr.go:13:6: can inline (*A[*int]).set
./generic_promoted_method_expr.go:27:6: can inline viaExpr
./generic_promoted_method_expr.go:33:6: can inline viaValue[go.shape.string]
./generic_promoted_method_expr.go:13:6: can inline (*A[go.shape.string]).set
./generic_promoted_method_expr.go:25:6: can inline (*impl[go.shape.string]).put
./generic_promoted_method_expr.go:25:6: can inline (*impl[string]).put
./generic_promoted_method_expr.go:13:6: can inline (*A[string]).set
./generic_promoted_method_expr.go:13:6: inlining call to (*A[go.shape.*uint8]).set
./generic_promoted_method_expr.go:42:9: inlining call to viaExpr
./generic_promoted_method_expr.go:43:10: inlining call to viaValue[go.shape.string]
./generic_promoted_method_expr.go:25:6: inlining call to (*impl[go.shape.string]).put
./generic_promoted_method_expr.go:13:6: inlining call to (*A[go.shape.string]).set
./generic_promoted_method_expr.go:33:6: inlining call to viaValue[go.shape.string]
