./closure_pointer_capture.go:5:9: can inline f.func1
./closure_pointer_capture.go:3:6: can inline f
./closure_pointer_capture.go:9:6: can inline main
./closure_pointer_capture.go:6:12: inlining call to f.func1
./closure_pointer_capture.go:9:20: inlining call to f
./closure_pointer_capture.go:5:9: can inline main.f.func1
./closure_pointer_capture.go:9:20: inlining call to main.f.func1
