./variadic_iface.go:3:6: can inline count
./variadic_iface.go:5:6: can inline f
./variadic_iface.go:9:6: can inline main
./variadic_iface.go:6:14: inlining call to count
./variadic_iface.go:9:20: inlining call to f
./variadic_iface.go:9:20: inlining call to count
