./rn2.go:3:6: can inline rn2
./rn2.go:5:6: can inline main
