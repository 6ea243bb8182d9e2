./iface.go:3:6: can inline iface
./iface.go:7:6: can inline main
