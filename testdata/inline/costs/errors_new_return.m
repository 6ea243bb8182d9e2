./errors_new_return.go:5:6: can inline f
./errors_new_return.go:12:6: can inline main
./errors_new_return.go:7:20: inlining call to errors.New
./errors_new_return.go:12:20: inlining call to f
./errors_new_return.go:12:20: inlining call to errors.New
