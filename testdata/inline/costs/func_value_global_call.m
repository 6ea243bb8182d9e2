./func_value_global_call.go:5:6: can inline f
./func_value_global_call.go:11:9: can inline main.func1
./func_value_global_call.go:12:3: inlining call to f
