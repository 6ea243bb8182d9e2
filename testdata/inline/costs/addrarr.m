./addrarr.go:3:6: can inline addrarr
./addrarr.go:5:6: can inline main
