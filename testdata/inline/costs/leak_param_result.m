./leak_param_result.go:3:6: can inline f
./leak_param_result.go:7:6: can inline main
./leak_param_result.go:9:7: inlining call to f
