./fors.go:3:6: can inline fors
./fors.go:11:6: can inline main
