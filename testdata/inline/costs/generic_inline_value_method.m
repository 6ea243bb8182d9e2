./generic_inline_value_method.go:11:6: can inline Pair[go.shape.int,go.shape.string].Key
./generic_inline_value_method.go:13:6: can inline main
./generic_inline_value_method.go:11:6: can inline Pair[int,string].Key
./generic_inline_value_method.go:15:11: inlining call to Pair[go.shape.int,go.shape.string].Key
./generic_inline_value_method.go:11:6: inlining call to Pair[go.shape.int,go.shape.string].Key
