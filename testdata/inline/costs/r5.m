./r5.go:3:6: can inline r5
./r5.go:10:6: can inline main
