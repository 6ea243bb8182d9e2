./closure_byvalue.go:5:7: can inline f.func1
./closure_byvalue.go:3:6: can inline f
./closure_byvalue.go:9:6: can inline main
./closure_byvalue.go:6:10: inlining call to f.func1
./closure_byvalue.go:9:20: inlining call to f
./closure_byvalue.go:5:7: can inline main.f.func1
./closure_byvalue.go:9:20: inlining call to main.f.func1
