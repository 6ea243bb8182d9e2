./cnst.go:3:6: can inline cnst
./cnst.go:5:6: can inline main
