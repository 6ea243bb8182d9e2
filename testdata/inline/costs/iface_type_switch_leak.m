./iface_type_switch_leak.go:5:6: can inline f
./iface_type_switch_leak.go:12:6: can inline main
./iface_type_switch_leak.go:12:16: inlining call to f
