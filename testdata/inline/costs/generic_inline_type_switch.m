./generic_inline_type_switch.go:6:6: can inline Name[go.shape.int]
./generic_inline_type_switch.go:17:2: can inline Log[go.shape.string].deferwrap1
./generic_inline_type_switch.go:16:6: can inline Log[string]
./generic_inline_type_switch.go:6:6: can inline Name[int]
./generic_inline_type_switch.go:21:10: inlining call to Name[go.shape.int]
./generic_inline_type_switch.go:6:6: inlining call to Name[go.shape.int]
