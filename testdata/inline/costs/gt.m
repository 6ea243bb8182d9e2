./gt.go:3:6: can inline gt
./gt.go:8:6: can inline main
