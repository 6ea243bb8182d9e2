./init_iface_static_temp.go:18:6: can inline f
./init_iface_static_temp.go:22:6: can inline main
