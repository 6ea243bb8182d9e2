./method_value_local.go:5:6: can inline T.get
./method_value_local.go:7:6: can inline f
./method_value_local.go:13:6: can inline main
./method_value_local.go:13:20: inlining call to f
