./iface_method_call.go:5:6: can inline f
./iface_method_call.go:10:6: can inline main
./iface_method_call.go:10:16: inlining call to f
