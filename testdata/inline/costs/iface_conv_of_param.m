./iface_conv_of_param.go:6:6: can inline Conv
./iface_conv_of_param.go:8:6: can inline main
./iface_conv_of_param.go:8:23: inlining call to Conv
