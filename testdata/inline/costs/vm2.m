./vm2.go:3:6: can inline vm2
./vm2.go:5:6: can inline main
