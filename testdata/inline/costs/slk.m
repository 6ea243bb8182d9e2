./slk.go:3:6: can inline slk
./slk.go:5:6: can inline main
