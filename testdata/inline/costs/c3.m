./c3.go:3:6: can inline c3
./c3.go:5:6: can inline main
