./generic_inline_nested_call.go:6:6: can inline Inner[go.shape.int]
./generic_inline_nested_call.go:8:6: can inline Outer[go.shape.int]
./generic_inline_nested_call.go:10:6: can inline main
./generic_inline_nested_call.go:8:6: can inline Outer[int]
./generic_inline_nested_call.go:8:41: inlining call to Inner[go.shape.int]
./generic_inline_nested_call.go:11:11: inlining call to Outer[go.shape.int]
./generic_inline_nested_call.go:11:11: inlining call to Inner[go.shape.int]
./generic_inline_nested_call.go:8:6: inlining call to Outer[go.shape.int]
./generic_inline_nested_call.go:8:6: inlining call to Inner[go.shape.int]
