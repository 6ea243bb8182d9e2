./sel2.go:3:6: can inline sel2
./sel2.go:9:6: can inline main
