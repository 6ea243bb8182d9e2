./generic_inline_tparam_method.go:11:6: can inline ID.Name
./generic_inline_tparam_method.go:13:6: can inline NameOf[go.shape.int]
./generic_inline_tparam_method.go:15:6: can inline main
./generic_inline_tparam_method.go:13:6: can inline NameOf[main.ID]
./generic_inline_tparam_method.go:16:12: inlining call to NameOf[go.shape.int]
./generic_inline_tparam_method.go:13:6: inlining call to NameOf[go.shape.int]
