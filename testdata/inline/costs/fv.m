./fv.go:3:6: can inline fv
./fv.go:5:6: can inline main
