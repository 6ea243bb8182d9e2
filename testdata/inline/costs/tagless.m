./tagless.go:3:6: can inline tagless
./tagless.go:12:6: can inline main
