./closure_nested.go:3:6: can inline f
./closure_nested.go:5:9: can inline f.func1
./closure_nested.go:6:10: can inline f.func1.1
./closure_nested.go:10:6: can inline main
./closure_nested.go:10:20: inlining call to f
