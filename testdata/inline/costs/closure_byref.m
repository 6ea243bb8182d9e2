./closure_byref.go:5:7: can inline f.func1
./closure_byref.go:3:6: can inline f
./closure_byref.go:10:6: can inline main
./closure_byref.go:6:3: inlining call to f.func1
./closure_byref.go:10:20: inlining call to f
./closure_byref.go:5:7: can inline main.f.func1
./closure_byref.go:10:20: inlining call to main.f.func1
