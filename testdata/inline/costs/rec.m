./rec.go:5:6: can inline main
