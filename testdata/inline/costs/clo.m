./clo.go:3:32: can inline clo.func1
./clo.go:3:6: can inline clo
./clo.go:5:6: can inline main
