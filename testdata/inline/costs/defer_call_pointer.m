./defer_call_pointer.go:3:6: can inline use
./defer_call_pointer.go:7:2: can inline f.deferwrap1
./defer_call_pointer.go:10:6: can inline main
./defer_call_pointer.go:7:11: inlining call to use
