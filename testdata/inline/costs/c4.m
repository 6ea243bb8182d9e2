./c4.go:3:6: can inline c4
./c4.go:7:6: can inline main
