./closure_global.go:5:6: can inline f
./closure_global.go:7:6: can inline f.func1
./closure_global.go:10:6: can inline main
./closure_global.go:10:16: inlining call to f
