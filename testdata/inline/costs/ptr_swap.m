./ptr_swap.go:3:6: can inline swap
./ptr_swap.go:7:6: can inline main
./ptr_swap.go:9:6: inlining call to swap
