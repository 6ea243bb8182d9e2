./neg.go:3:6: can inline neg
./neg.go:5:6: can inline main
