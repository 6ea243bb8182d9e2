./recover_returns.go:11:6: can inline main
