./sel5.go:3:6: can inline sel5
./sel5.go:10:6: can inline main
