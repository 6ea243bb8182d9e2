./c10.go:3:6: can inline c10
./c10.go:5:6: can inline main
