./rng.go:3:6: can inline rng
./rng.go:11:6: can inline main
