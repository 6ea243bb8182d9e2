./iface_nil_compare.go:5:6: can inline f
./iface_nil_compare.go:9:6: can inline main
./iface_nil_compare.go:9:20: inlining call to f
