./iface_param_leak.go:5:6: can inline f
./iface_param_leak.go:9:6: can inline g
./iface_param_leak.go:13:6: can inline main
./iface_param_leak.go:14:3: inlining call to f
./iface_param_leak.go:15:7: inlining call to g
