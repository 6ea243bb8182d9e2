./lab.go:3:6: can inline lab
./lab.go:10:6: can inline main
