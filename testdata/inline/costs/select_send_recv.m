./select_send_recv.go:3:6: can inline f
./select_send_recv.go:13:6: can inline main
./select_send_recv.go:13:20: inlining call to f
