./iface_error_return.go:5:6: can inline (*myErr).Error
./iface_error_return.go:7:6: can inline f
./iface_error_return.go:11:6: can inline main
./iface_error_return.go:11:20: inlining call to f
