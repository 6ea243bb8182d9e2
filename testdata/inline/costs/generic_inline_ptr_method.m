./generic_inline_ptr_method.go:9:6: can inline (*List[go.shape.int]).Add
./generic_inline_ptr_method.go:13:6: can inline main
./generic_inline_ptr_method.go:11:6: can inline (*List[go.shape.int]).Len
./generic_inline_ptr_method.go:11:6: can inline (*List[int]).Len
./generic_inline_ptr_method.go:9:6: can inline (*List[int]).Add
./generic_inline_ptr_method.go:16:7: inlining call to (*List[go.shape.int]).Add
./generic_inline_ptr_method.go:11:6: inlining call to (*List[go.shape.int]).Len
./generic_inline_ptr_method.go:9:6: inlining call to (*List[go.shape.int]).Add
