./defer_recover.go:10:6: can inline main
