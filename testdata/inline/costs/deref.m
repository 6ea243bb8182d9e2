./deref.go:3:6: can inline deref
./deref.go:5:6: can inline main
