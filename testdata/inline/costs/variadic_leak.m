./variadic_leak.go:5:6: can inline keep
./variadic_leak.go:9:6: can inline main
./variadic_leak.go:11:6: inlining call to keep
