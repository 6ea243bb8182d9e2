./glob.go:3:6: can inline glob
./glob.go:7:6: can inline main
