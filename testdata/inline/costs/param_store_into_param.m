./param_store_into_param.go:5:6: can inline f
./param_store_into_param.go:9:6: can inline main
./param_store_into_param.go:12:3: inlining call to f
