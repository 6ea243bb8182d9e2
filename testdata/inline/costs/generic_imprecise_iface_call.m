./generic_imprecise_iface_call.go:13:6: can inline myint.M
./generic_imprecise_iface_call.go:15:6: can inline call[go.shape.interface { M(*int) }]
./generic_imprecise_iface_call.go:15:6: can inline call[go.shape.int]
./generic_imprecise_iface_call.go:15:6: can inline call[main.myint]
./generic_imprecise_iface_call.go:15:6: can inline call[main.I]
./generic_imprecise_iface_call.go:21:9: inlining call to call[go.shape.interface { M(*int) }]
./generic_imprecise_iface_call.go:22:13: inlining call to call[go.shape.int]
./generic_imprecise_iface_call.go:15:6: inlining call to call[go.shape.int]
./generic_imprecise_iface_call.go:15:6: inlining call to call[go.shape.interface { M(*int) }]
