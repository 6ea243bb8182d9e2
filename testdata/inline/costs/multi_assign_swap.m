./multi_assign_swap.go:5:6: can inline f
./multi_assign_swap.go:13:6: can inline main
./multi_assign_swap.go:13:16: inlining call to f
