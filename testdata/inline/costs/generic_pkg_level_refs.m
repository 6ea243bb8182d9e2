./generic_pkg_level_refs.go:3:6: can inline G[go.shape.int]
./generic_pkg_level_refs.go:3:6: can inline G[int]
./generic_pkg_level_refs.go:3:6: can inline G[go.shape.string]
./generic_pkg_level_refs.go:7:9: can inline init.func1
./generic_pkg_level_refs.go:3:6: can inline G[string]
./generic_pkg_level_refs.go:3:6: inlining call to G[go.shape.int]
./generic_pkg_level_refs.go:7:30: inlining call to G[go.shape.string]
./generic_pkg_level_refs.go:3:6: inlining call to G[go.shape.string]
