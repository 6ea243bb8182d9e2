./go_call_pointer.go:3:6: can inline use
./go_call_pointer.go:7:2: can inline f.gowrap1
./go_call_pointer.go:10:6: can inline main
./go_call_pointer.go:7:8: inlining call to use
