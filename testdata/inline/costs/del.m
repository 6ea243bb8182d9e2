./del.go:3:6: can inline del
./del.go:5:6: can inline main
