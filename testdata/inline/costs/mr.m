./mr.go:3:6: can inline mr
./mr.go:5:6: can inline main
