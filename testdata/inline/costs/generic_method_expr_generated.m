./generic_method_expr_generated.go:10:6: can inline Box[go.shape.int].Get
./generic_method_expr_generated.go:10:6: can inline Box[int].Get
./generic_method_expr_generated.go:10:6: inlining call to Box[go.shape.int].Get
