./leak_param_content.go:5:6: can inline f
./leak_param_content.go:9:6: can inline main
./leak_param_content.go:12:3: inlining call to f
