./closure_return_byvalue.go:3:6: can inline f
./closure_return_byvalue.go:4:9: can inline f.func1
./closure_return_byvalue.go:7:6: can inline main
./closure_return_byvalue.go:7:20: inlining call to f
