./mlit.go:3:6: can inline mlit
./mlit.go:5:6: can inline main
