./andnot.go:3:6: can inline andnot
./andnot.go:5:6: can inline main
