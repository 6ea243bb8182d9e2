./iface_any_slice.go:3:6: can inline f
./iface_any_slice.go:7:6: can inline main
./iface_any_slice.go:7:20: inlining call to f
