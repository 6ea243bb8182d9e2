./strc.go:3:6: can inline strc
./strc.go:5:6: can inline main
