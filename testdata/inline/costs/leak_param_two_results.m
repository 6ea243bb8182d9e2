./leak_param_two_results.go:3:6: can inline f
./leak_param_two_results.go:7:6: can inline main
./leak_param_two_results.go:9:11: inlining call to f
