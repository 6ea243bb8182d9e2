./go_call_args.go:5:6: can inline two
./go_call_args.go:3:18: can inline d4.gowrap1
./go_call_args.go:7:6: can inline main
./go_call_args.go:3:24: inlining call to two
