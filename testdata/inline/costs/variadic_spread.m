./variadic_spread.go:3:6: can inline sum
./variadic_spread.go:5:6: can inline f
./variadic_spread.go:9:6: can inline main
./variadic_spread.go:6:12: inlining call to sum
./variadic_spread.go:9:20: inlining call to f
./variadic_spread.go:9:20: inlining call to sum
