./ta.go:3:6: can inline ta
./ta.go:5:6: can inline main
