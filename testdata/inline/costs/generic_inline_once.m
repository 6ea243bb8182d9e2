./generic_inline_once.go:8:6: can inline Twice[go.shape.int]
./generic_inline_once.go:10:6: can inline main
./generic_inline_once.go:8:6: can inline Twice[int]
./generic_inline_once.go:11:14: inlining call to Twice[go.shape.int]
./generic_inline_once.go:8:6: inlining call to Twice[go.shape.int]
