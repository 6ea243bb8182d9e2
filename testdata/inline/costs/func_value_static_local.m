./func_value_static_local.go:3:6: can inline use
./func_value_static_local.go:5:6: can inline f
./func_value_static_local.go:11:6: can inline main
./func_value_static_local.go:8:10: inlining call to use
./func_value_static_local.go:11:20: inlining call to f
./func_value_static_local.go:11:20: inlining call to use
