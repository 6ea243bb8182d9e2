./opassign.go:3:6: can inline opassign
./opassign.go:5:6: can inline main
