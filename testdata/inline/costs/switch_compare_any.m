./switch_compare_any.go:15:6: can inline tagless
./switch_compare_any.go:24:6: can inline ifaces
./switch_compare_any.go:39:6: can inline main
./switch_compare_any.go:40:9: inlining call to tagless
./switch_compare_any.go:41:8: inlining call to ifaces
