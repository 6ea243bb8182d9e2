./generic_inline_dict_types.go:9:6: can inline (*Set[go.shape.int]).Add
./generic_inline_dict_types.go:11:6: can inline Of[go.shape.int]
./generic_inline_dict_types.go:19:6: can inline main
./generic_inline_dict_types.go:11:6: can inline Of[int]
./generic_inline_dict_types.go:9:6: can inline (*Set[int]).Add
./generic_inline_dict_types.go:14:8: inlining call to (*Set[go.shape.int]).Add
./generic_inline_dict_types.go:20:8: inlining call to Of[go.shape.int]
./generic_inline_dict_types.go:20:8: inlining call to (*Set[go.shape.int]).Add
./generic_inline_dict_types.go:11:6: inlining call to Of[go.shape.int]
./generic_inline_dict_types.go:11:6: inlining call to (*Set[go.shape.int]).Add
./generic_inline_dict_types.go:9:6: inlining call to (*Set[go.shape.int]).Add
