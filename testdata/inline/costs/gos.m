./gos.go:5:6: can inline empty
./gos.go:7:6: can inline main
