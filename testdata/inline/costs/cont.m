./cont.go:3:6: can inline cont
./cont.go:14:6: can inline main
