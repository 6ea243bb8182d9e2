./go_method_call.go:5:6: can inline (*W).run
./go_method_call.go:9:2: can inline f.gowrap1
./go_method_call.go:12:6: can inline main
./go_method_call.go:9:10: inlining call to (*W).run
