./c1.go:3:6: can inline c1
./c1.go:5:6: can inline main
