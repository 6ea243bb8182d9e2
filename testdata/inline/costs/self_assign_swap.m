./self_assign_swap.go:5:6: can inline S.Swap
./self_assign_swap.go:9:6: can inline (*T).Sw
./self_assign_swap.go:11:6: can inline main
./self_assign_swap.go:13:8: inlining call to S.Swap
./self_assign_swap.go:15:6: inlining call to (*T).Sw
