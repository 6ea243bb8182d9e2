./leak_param_second_result.go:3:6: can inline f
./leak_param_second_result.go:7:6: can inline main
./leak_param_second_result.go:9:11: inlining call to f
