./sw.go:3:6: can inline sw
./sw.go:13:6: can inline main
