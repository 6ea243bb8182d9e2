./line_directives.go:8:6: can inline a
foo.go:100: can inline b
??:200: can inline c
??:300:10: can inline d
??:305:6: can inline e
/abs/path/bar.go:7:8: can inline f
/abs/path/bar.go:12:6: can inline main
