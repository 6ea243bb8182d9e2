./leak_param_named_result.go:3:6: can inline f
./leak_param_named_result.go:8:6: can inline main
./leak_param_named_result.go:10:7: inlining call to f
