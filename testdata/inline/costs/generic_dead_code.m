./generic_dead_code.go:9:6: can inline main
