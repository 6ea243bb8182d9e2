./r2.go:3:6: can inline r2
./r2.go:11:6: can inline main
