./chan_recv_leak.go:3:6: can inline f
./chan_recv_leak.go:7:6: can inline main
./chan_recv_leak.go:7:20: inlining call to f
