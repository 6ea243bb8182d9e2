./global_initializer.go:9:6: can inline main
