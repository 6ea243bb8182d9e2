./defers.go:5:6: can inline empty
./defers.go:7:6: can inline main
