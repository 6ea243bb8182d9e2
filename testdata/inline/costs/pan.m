./pan.go:3:6: can inline pan
./pan.go:5:6: can inline main
