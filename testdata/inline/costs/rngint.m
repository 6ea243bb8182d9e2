./rngint.go:3:6: can inline rngint
./rngint.go:9:6: can inline main
