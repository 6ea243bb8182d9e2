./nw.go:3:6: can inline nw
./nw.go:5:6: can inline main
