./c8.go:3:6: can inline c8
./c8.go:5:6: can inline main
