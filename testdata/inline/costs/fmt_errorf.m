./fmt_errorf.go:9:6: can inline main
./fmt_errorf.go:6:19: inlining call to fmt.Errorf
./fmt_errorf.go:6:19: inlining call to errors.New
