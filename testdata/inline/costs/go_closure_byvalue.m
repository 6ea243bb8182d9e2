./go_closure_byvalue.go:4:5: can inline f.func1
./go_closure_byvalue.go:9:6: can inline main
