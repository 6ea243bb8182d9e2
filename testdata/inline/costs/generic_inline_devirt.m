./generic_inline_devirt.go:14:6: can inline main
./generic_inline_devirt.go:12:6: can inline (*Cell[go.shape.string]).Get
./generic_inline_devirt.go:12:6: can inline (*Cell[string]).Get
./generic_inline_devirt.go:12:6: inlining call to (*Cell[go.shape.string]).Get
./generic_inline_devirt.go:16:11: inlining call to (*Cell[string]).Get
./generic_inline_devirt.go:16:11: inlining call to (*Cell[go.shape.string]).Get
