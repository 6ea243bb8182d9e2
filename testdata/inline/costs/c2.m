./c2.go:3:6: can inline c2
./c2.go:5:6: can inline main
