./param_leak_many_results.go:3:6: can inline f
./param_leak_many_results.go:7:6: can inline main
./param_leak_many_results.go:9:33: inlining call to f
