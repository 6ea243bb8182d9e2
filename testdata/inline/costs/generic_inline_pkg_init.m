./generic_inline_pkg_init.go:6:6: can inline Ref[go.shape.int]
./generic_inline_pkg_init.go:6:6: can inline Ref[int]
./generic_inline_pkg_init.go:6:6: can inline Ref[go.shape.string]
./generic_inline_pkg_init.go:10:9: can inline init.func1
./generic_inline_pkg_init.go:6:6: can inline Ref[string]
./generic_inline_pkg_init.go:6:6: inlining call to Ref[go.shape.int]
./generic_inline_pkg_init.go:10:32: inlining call to Ref[go.shape.string]
./generic_inline_pkg_init.go:6:6: inlining call to Ref[go.shape.string]
