./go_closure.go:5:5: can inline f.func1
./go_closure.go:11:6: can inline main
