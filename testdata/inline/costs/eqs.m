./eqs.go:3:6: can inline eqs
./eqs.go:5:6: can inline main
