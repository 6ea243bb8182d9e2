./generic_shaped_iface_method_value.go:14:6: can inline (*Z).m
./generic_shaped_iface_method_value.go:15:6: can inline (*Z).n
./generic_shaped_iface_method_value.go:32:6: can inline plain
./generic_shaped_iface_method_value.go:17:6: can inline test[int]
./generic_shaped_iface_method_value.go:17:6: can inline test[string]
./generic_shaped_iface_method_value.go:41:7: inlining call to plain
