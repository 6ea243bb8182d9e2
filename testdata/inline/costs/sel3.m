./sel3.go:3:6: can inline sel3
./sel3.go:9:6: can inline main
