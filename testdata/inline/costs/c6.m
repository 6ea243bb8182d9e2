./c6.go:3:6: can inline c6
./c6.go:5:6: can inline main
