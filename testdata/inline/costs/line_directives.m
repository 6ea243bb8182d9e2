./line_directives.go:8:6: can inline a
/abs/path/bar.go:7:8: can inline f
/abs/path/bar.go:12:6: can inline main
