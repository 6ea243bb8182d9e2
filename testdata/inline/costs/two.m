./two.go:3:38: can inline two.func1
./two.go:3:49: can inline two.func2
./two.go:3:6: can inline two
./two.go:5:6: can inline main
