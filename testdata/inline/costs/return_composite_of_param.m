./return_composite_of_param.go:5:6: can inline mk
./return_composite_of_param.go:9:6: can inline main
./return_composite_of_param.go:11:8: inlining call to mk
