./callp.go:3:6: can inline callp
./callp.go:5:6: can inline main
