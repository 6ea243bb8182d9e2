./variadic_empty_call.go:3:6: can inline count
./variadic_empty_call.go:5:6: can inline main
./variadic_empty_call.go:5:24: inlining call to count
