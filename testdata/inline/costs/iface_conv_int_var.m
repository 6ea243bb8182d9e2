./iface_conv_int_var.go:5:6: can inline f
./iface_conv_int_var.go:9:6: can inline main
./iface_conv_int_var.go:9:16: inlining call to f
