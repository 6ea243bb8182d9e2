./defer_builtin_args.go:7:2: can inline f.deferwrap1
./defer_builtin_args.go:10:6: can inline main
./defer_builtin_args.go:7:19: inlining call to fmt.Println
