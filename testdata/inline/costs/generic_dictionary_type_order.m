./generic_dictionary_type_order.go:10:6: can inline New[go.shape.string]
./generic_dictionary_type_order.go:12:6: can inline (*C[go.shape.string]).Get
./generic_dictionary_type_order.go:14:6: can inline main
./generic_dictionary_type_order.go:12:6: can inline (*C[go.shape.int]).Get
./generic_dictionary_type_order.go:12:6: can inline (*C[int]).Get
./generic_dictionary_type_order.go:10:6: can inline New[string]
./generic_dictionary_type_order.go:12:6: can inline (*C[string]).Get
./generic_dictionary_type_order.go:15:18: inlining call to New[go.shape.string]
./generic_dictionary_type_order.go:18:11: inlining call to (*C[go.shape.string]).Get
./generic_dictionary_type_order.go:12:6: inlining call to (*C[go.shape.int]).Get
./generic_dictionary_type_order.go:10:6: inlining call to New[go.shape.string]
./generic_dictionary_type_order.go:12:6: inlining call to (*C[go.shape.string]).Get
