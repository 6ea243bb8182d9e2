./closure_return.go:3:6: can inline f
./closure_return.go:5:9: can inline f.func1
./closure_return.go:11:6: can inline main
./closure_return.go:11:20: inlining call to f
