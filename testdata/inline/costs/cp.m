./cp.go:3:6: can inline cp
./cp.go:5:6: can inline main
