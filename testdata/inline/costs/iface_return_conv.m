./iface_return_conv.go:3:6: can inline f
./iface_return_conv.go:7:6: can inline main
./iface_return_conv.go:7:20: inlining call to f
