./closure_as_argument.go:3:6: can inline apply
./closure_as_argument.go:7:6: can inline f
./closure_as_argument.go:9:15: can inline f.func1
./closure_as_argument.go:12:6: can inline main
./closure_as_argument.go:9:14: inlining call to apply
./closure_as_argument.go:9:14: inlining call to f.func1
./closure_as_argument.go:12:20: inlining call to f
./closure_as_argument.go:12:20: inlining call to apply
./closure_as_argument.go:9:15: can inline main.f.func1
./closure_as_argument.go:12:20: inlining call to main.f.func1
