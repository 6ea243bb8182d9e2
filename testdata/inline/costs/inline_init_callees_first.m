./inline_init_callees_first.go:7:6: can inline g
./inline_init_callees_first.go:9:6: can inline f
./inline_init_callees_first.go:15:6: can inline id[go.shape.int]
./inline_init_callees_first.go:11:6: can inline Gen[go.shape.int]
./inline_init_callees_first.go:12:9: can inline Gen[go.shape.int].func1
./inline_init_callees_first.go:21:6: can inline main
./inline_init_callees_first.go:11:6: can inline Gen[int]
./inline_init_callees_first.go:9:24: inlining call to g
./inline_init_callees_first.go:12:29: inlining call to id[go.shape.int]
./inline_init_callees_first.go:17:10: inlining call to f
./inline_init_callees_first.go:19:12: inlining call to Gen[go.shape.int]
./inline_init_callees_first.go:17:10: inlining call to g
./inline_init_callees_first.go:11:6: inlining call to Gen[go.shape.int]
