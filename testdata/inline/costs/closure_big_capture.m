./closure_big_capture.go:3:6: can inline f
./closure_big_capture.go:5:9: can inline f.func1
./closure_big_capture.go:8:6: can inline main
./closure_big_capture.go:8:20: inlining call to f
