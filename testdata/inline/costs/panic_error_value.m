./panic_error_value.go:5:6: can inline f
./panic_error_value.go:11:6: can inline main
./panic_error_value.go:7:19: inlining call to errors.New
./panic_error_value.go:11:16: inlining call to f
./panic_error_value.go:11:16: inlining call to errors.New
