./iface_type_assert.go:3:6: can inline f
./iface_type_assert.go:7:6: can inline g
./iface_type_assert.go:12:6: can inline main
./iface_type_assert.go:13:7: inlining call to f
./iface_type_assert.go:14:7: inlining call to g
