./tsb.go:3:6: can inline tsb
./tsb.go:13:6: can inline main
