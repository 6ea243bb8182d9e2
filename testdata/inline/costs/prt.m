./prt.go:3:6: can inline prt
./prt.go:5:6: can inline main
