./leak_param_result_level1.go:3:6: can inline f
./leak_param_result_level1.go:7:6: can inline main
./leak_param_result_level1.go:10:7: inlining call to f
