./closure_captures_param_ptr.go:3:6: can inline f
./closure_captures_param_ptr.go:4:9: can inline f.func1
./closure_captures_param_ptr.go:7:6: can inline main
./closure_captures_param_ptr.go:9:7: inlining call to f
