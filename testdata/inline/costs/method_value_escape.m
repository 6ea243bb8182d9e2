./method_value_escape.go:5:6: can inline (*T).get
./method_value_escape.go:9:6: can inline f
./method_value_escape.go:14:6: can inline main
./method_value_escape.go:14:16: inlining call to f
