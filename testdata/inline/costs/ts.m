./ts.go:3:6: can inline ts
./ts.go:11:6: can inline main
