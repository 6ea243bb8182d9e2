./callnoinl.go:3:6: can inline callnoinl
./callnoinl.go:8:6: can inline main
