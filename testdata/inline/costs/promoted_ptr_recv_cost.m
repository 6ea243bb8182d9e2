./promoted_ptr_recv_cost.go:9:6: can inline (*P).Load
./promoted_ptr_recv_cost.go:20:6: can inline e1
./promoted_ptr_recv_cost.go:24:6: can inline e2
./promoted_ptr_recv_cost.go:30:6: can inline e3
./promoted_ptr_recv_cost.go:34:6: can inline main
./promoted_ptr_recv_cost.go:21:15: inlining call to (*P).Load
./promoted_ptr_recv_cost.go:25:15: inlining call to (*P).Load
./promoted_ptr_recv_cost.go:31:17: inlining call to (*P).Load
