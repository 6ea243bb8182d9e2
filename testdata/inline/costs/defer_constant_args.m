./defer_constant_args.go:5:6: can inline two
./defer_constant_args.go:3:13: can inline d3.deferwrap1
./defer_constant_args.go:7:6: can inline main
./defer_constant_args.go:3:22: inlining call to two
