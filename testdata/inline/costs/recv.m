./recv.go:3:6: can inline recv
./recv.go:5:6: can inline main
