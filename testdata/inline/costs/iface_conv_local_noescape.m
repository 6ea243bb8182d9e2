./iface_conv_local_noescape.go:7:6: can inline T.String
./iface_conv_local_noescape.go:9:6: can inline show
./iface_conv_local_noescape.go:11:6: can inline f
./iface_conv_local_noescape.go:16:6: can inline main
./iface_conv_local_noescape.go:13:13: inlining call to show
./iface_conv_local_noescape.go:13:13: inlining call to T.String
./iface_conv_local_noescape.go:16:20: inlining call to f
./iface_conv_local_noescape.go:16:20: inlining call to show
./iface_conv_local_noescape.go:16:20: inlining call to T.String
