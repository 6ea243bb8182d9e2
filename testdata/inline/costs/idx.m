./idx.go:3:6: can inline idx
./idx.go:5:6: can inline main
