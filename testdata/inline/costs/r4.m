./r4.go:3:6: can inline r4
./r4.go:8:6: can inline main
