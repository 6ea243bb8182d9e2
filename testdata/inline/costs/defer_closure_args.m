./defer_closure_args.go:3:24: can inline d6.func1
./defer_closure_args.go:3:18: can inline d6.deferwrap1
./defer_closure_args.go:5:6: can inline main
./defer_closure_args.go:3:45: inlining call to d6.func1
