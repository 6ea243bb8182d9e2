./generic_inline_func_value.go:8:6: can inline Box[go.shape.int]
./generic_inline_func_value.go:8:6: can inline Box[int]
./generic_inline_func_value.go:10:6: can inline main
./generic_inline_func_value.go:8:6: inlining call to Box[go.shape.int]
./generic_inline_func_value.go:12:10: inlining call to Box[int]
./generic_inline_func_value.go:12:10: inlining call to Box[go.shape.int]
