./tsb2.go:3:6: can inline tsb2
./tsb2.go:12:6: can inline main
