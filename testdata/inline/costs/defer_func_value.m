./defer_func_value.go:3:24: can inline d5.deferwrap1
./defer_func_value.go:5:6: can inline main
