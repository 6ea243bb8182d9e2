./method_value_iface.go:7:6: can inline T.M
./method_value_iface.go:9:6: can inline f
./method_value_iface.go:13:6: can inline main
./method_value_iface.go:13:20: inlining call to f
