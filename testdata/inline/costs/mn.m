./mn.go:3:6: can inline mn
./mn.go:5:6: can inline main
