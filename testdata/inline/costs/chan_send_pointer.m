./chan_send_pointer.go:3:6: can inline f
./chan_send_pointer.go:8:6: can inline main
./chan_send_pointer.go:8:16: inlining call to f
