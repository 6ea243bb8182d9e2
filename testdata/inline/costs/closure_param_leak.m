./closure_param_leak.go:6:7: can inline f.func1
./closure_param_leak.go:5:6: can inline f
./closure_param_leak.go:11:6: can inline main
./closure_param_leak.go:8:3: inlining call to f.func1
./closure_param_leak.go:11:16: inlining call to f
./closure_param_leak.go:6:7: can inline main.f.func1
./closure_param_leak.go:11:16: inlining call to main.f.func1
