./generic_inline_pkg_init_call.go:10:6: can inline B[go.shape.int]
./generic_inline_pkg_init_call.go:9:6: can inline A[go.shape.int]
./generic_inline_pkg_init_call.go:13:6: can inline f
./generic_inline_pkg_init_call.go:11:6: can inline C[go.shape.int]
./generic_inline_pkg_init_call.go:17:6: can inline main
./generic_inline_pkg_init_call.go:11:6: can inline C[int]
./generic_inline_pkg_init_call.go:9:6: can inline A[int]
./generic_inline_pkg_init_call.go:10:6: can inline B[int]
./generic_inline_pkg_init_call.go:15:10: inlining call to B[go.shape.int]
./generic_inline_pkg_init_call.go:13:24: inlining call to A[go.shape.int]
./generic_inline_pkg_init_call.go:17:24: inlining call to f
./generic_inline_pkg_init_call.go:17:29: inlining call to C[go.shape.int]
./generic_inline_pkg_init_call.go:17:24: inlining call to A[go.shape.int]
./generic_inline_pkg_init_call.go:11:6: inlining call to C[go.shape.int]
./generic_inline_pkg_init_call.go:9:6: inlining call to A[go.shape.int]
./generic_inline_pkg_init_call.go:10:6: inlining call to B[go.shape.int]
