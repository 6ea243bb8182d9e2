./conversion_named_types.go:8:6: can inline f
./conversion_named_types.go:12:6: can inline g
./conversion_named_types.go:16:6: can inline main
./conversion_named_types.go:17:3: inlining call to f
./conversion_named_types.go:18:7: inlining call to g
