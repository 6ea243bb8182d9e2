./string_param_leak.go:5:6: can inline f
./string_param_leak.go:9:6: can inline h
./string_param_leak.go:13:6: can inline main
./string_param_leak.go:14:3: inlining call to f
./string_param_leak.go:15:7: inlining call to h
