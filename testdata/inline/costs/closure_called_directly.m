./closure_called_directly.go:5:2: can inline f.func1
./closure_called_directly.go:3:6: can inline f
./closure_called_directly.go:11:6: can inline main
./closure_called_directly.go:7:3: inlining call to f.func1
./closure_called_directly.go:11:20: inlining call to f
./closure_called_directly.go:5:2: can inline main.f.func1
./closure_called_directly.go:11:20: inlining call to main.f.func1
