./incr.go:3:6: can inline incr
./incr.go:5:6: can inline main
