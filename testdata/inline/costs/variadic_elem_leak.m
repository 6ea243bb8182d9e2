./variadic_elem_leak.go:5:6: can inline f
./variadic_elem_leak.go:9:6: can inline main
./variadic_elem_leak.go:11:3: inlining call to f
