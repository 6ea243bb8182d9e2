./param_to_result_via_field.go:5:6: can inline f
./param_to_result_via_field.go:9:6: can inline main
./param_to_result_via_field.go:11:7: inlining call to f
