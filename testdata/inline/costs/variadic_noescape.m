./variadic_noescape.go:3:6: can inline sum
./variadic_noescape.go:11:6: can inline main
./variadic_noescape.go:11:22: inlining call to sum
