./iface_conv_struct.go:7:6: can inline f
./iface_conv_struct.go:11:6: can inline main
./iface_conv_struct.go:11:16: inlining call to f
