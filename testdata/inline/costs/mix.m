./mix.go:3:6: can inline mix
./mix.go:5:6: can inline main
