./iface_conv_const_var.go:5:6: can inline f
./iface_conv_const_var.go:10:6: can inline main
./iface_conv_const_var.go:10:16: inlining call to f
