./slp.go:3:6: can inline slp
./slp.go:5:6: can inline main
