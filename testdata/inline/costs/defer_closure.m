./defer_closure.go:5:8: can inline f.func1
./defer_closure.go:11:6: can inline main
