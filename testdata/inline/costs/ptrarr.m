./ptrarr.go:3:6: can inline ptrarr
./ptrarr.go:5:6: can inline main
