./iface_type_switch.go:3:6: can inline f
./iface_type_switch.go:13:6: can inline main
./iface_type_switch.go:13:20: inlining call to f
