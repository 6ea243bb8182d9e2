./rn.go:3:6: can inline rn
./rn.go:5:6: can inline main
