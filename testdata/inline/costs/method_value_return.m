./method_value_return.go:5:6: can inline T.get
./method_value_return.go:7:6: can inline f
./method_value_return.go:11:6: can inline main
./method_value_return.go:11:20: inlining call to f
