./println_builtin.go:3:6: can inline main
