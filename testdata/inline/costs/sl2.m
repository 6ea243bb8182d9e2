./sl2.go:3:6: can inline sl2
./sl2.go:5:6: can inline main
