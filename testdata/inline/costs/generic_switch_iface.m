./generic_switch_iface.go:3:6: can inline f
./generic_switch_iface.go:11:6: can inline g[go.shape.int]
./generic_switch_iface.go:11:6: can inline g[go.shape.interface {}]
./generic_switch_iface.go:19:6: can inline main
./generic_switch_iface.go:11:6: can inline g[interface {}]
./generic_switch_iface.go:11:6: can inline g[int]
./generic_switch_iface.go:20:7: inlining call to f
./generic_switch_iface.go:21:7: inlining call to g[go.shape.int]
./generic_switch_iface.go:22:12: inlining call to g[go.shape.interface {}]
./generic_switch_iface.go:11:6: inlining call to g[go.shape.interface {}]
./generic_switch_iface.go:11:6: inlining call to g[go.shape.int]
