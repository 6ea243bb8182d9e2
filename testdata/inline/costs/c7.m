./c7.go:3:6: can inline c7
./c7.go:5:6: can inline main
