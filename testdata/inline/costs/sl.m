./sl.go:3:6: can inline sl
./sl.go:5:6: can inline main
