./arrk.go:3:6: can inline arrk
./arrk.go:5:6: can inline main
