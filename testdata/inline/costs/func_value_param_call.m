./func_value_param_call.go:3:6: can inline call
./func_value_param_call.go:8:20: can inline main.func1
./func_value_param_call.go:8:6: can inline main
./func_value_param_call.go:8:19: inlining call to call
./func_value_param_call.go:8:19: inlining call to main.func1
