./ifinit.go:3:6: can inline ifinit
./ifinit.go:10:6: can inline main
