./sel.go:3:6: can inline sel
./sel.go:12:6: can inline main
