./blank.go:3:6: can inline blank
./blank.go:5:6: can inline main
