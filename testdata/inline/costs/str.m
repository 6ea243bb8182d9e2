./str.go:3:6: can inline str
./str.go:5:6: can inline main
