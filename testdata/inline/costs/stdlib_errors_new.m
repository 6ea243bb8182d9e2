./stdlib_errors_new.go:7:6: can inline s2
./stdlib_errors_new.go:9:6: can inline main
./stdlib_errors_new.go:7:36: inlining call to errors.New
