./deref2.go:3:6: can inline deref2
./deref2.go:5:6: can inline main
