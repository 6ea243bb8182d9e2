./nested.go:3:69: can inline nested.func1.1
./nested.go:3:42: can inline nested.func1
./nested.go:3:6: can inline nested
./nested.go:5:6: can inline main
