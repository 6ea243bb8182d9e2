./iface_embedded_call.go:7:6: can inline (*T).M
./iface_embedded_call.go:9:6: can inline f
./iface_embedded_call.go:14:6: can inline main
./iface_embedded_call.go:11:12: inlining call to (*T).M
./iface_embedded_call.go:14:20: inlining call to f
./iface_embedded_call.go:14:20: inlining call to (*T).M
