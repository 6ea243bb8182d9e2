./r3.go:3:6: can inline r3
./r3.go:11:6: can inline main
