./r7.go:3:6: can inline r7
./r7.go:11:6: can inline main
