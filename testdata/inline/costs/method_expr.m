./method_expr.go:5:6: can inline (*T).get
./method_expr.go:7:6: can inline f
./method_expr.go:13:6: can inline main
./method_expr.go:10:10: inlining call to (*T).get
./method_expr.go:13:20: inlining call to f
./method_expr.go:13:20: inlining call to (*T).get
