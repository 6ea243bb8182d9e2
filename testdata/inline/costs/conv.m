./conv.go:3:6: can inline conv
./conv.go:5:6: can inline main
