./send.go:3:6: can inline send
./send.go:5:6: can inline main
