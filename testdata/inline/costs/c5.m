./c5.go:5:6: can inline c5
./c5.go:7:6: can inline main
