./c9.go:3:6: can inline c9
./c9.go:5:6: can inline main
