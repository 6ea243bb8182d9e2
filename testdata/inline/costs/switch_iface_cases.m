./switch_iface_cases.go:5:6: can inline f
./switch_iface_cases.go:21:6: can inline main
./switch_iface_cases.go:22:7: inlining call to f
