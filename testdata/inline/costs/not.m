./not.go:3:6: can inline not
./not.go:5:6: can inline main
