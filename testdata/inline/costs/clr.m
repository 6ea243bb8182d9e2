./clr.go:3:6: can inline clr
./clr.go:5:6: can inline main
