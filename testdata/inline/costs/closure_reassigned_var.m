./closure_reassigned_var.go:3:6: can inline f
./closure_reassigned_var.go:6:9: can inline f.func1
./closure_reassigned_var.go:9:6: can inline main
./closure_reassigned_var.go:9:20: inlining call to f
