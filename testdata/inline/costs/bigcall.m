./bigcall.go:8:6: can inline main
