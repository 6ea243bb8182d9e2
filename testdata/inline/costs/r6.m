./r6.go:3:6: can inline r6
./r6.go:11:6: can inline main
