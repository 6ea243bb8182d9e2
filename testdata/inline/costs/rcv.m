./rcv.go:3:6: can inline rcv
./rcv.go:5:6: can inline main
