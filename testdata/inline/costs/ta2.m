./ta2.go:3:6: can inline ta2
./ta2.go:5:6: can inline main
