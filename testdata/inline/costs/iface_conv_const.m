./iface_conv_const.go:5:6: can inline f
./iface_conv_const.go:11:6: can inline main
./iface_conv_const.go:11:16: inlining call to f
