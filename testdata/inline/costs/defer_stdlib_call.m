./defer_stdlib_call.go:7:13: can inline d9.deferwrap1
./defer_stdlib_call.go:9:6: can inline main
./defer_stdlib_call.go:7:30: inlining call to fmt.Println
