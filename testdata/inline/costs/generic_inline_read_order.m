./generic_inline_read_order.go:6:6: can inline A[go.shape.int]
./generic_inline_read_order.go:8:6: can inline B[go.shape.string]
./generic_inline_read_order.go:10:6: can inline f
./generic_inline_read_order.go:8:6: can inline B[go.shape.float64]
./generic_inline_read_order.go:6:6: can inline A[go.shape.bool]
./generic_inline_read_order.go:15:6: can inline g
./generic_inline_read_order.go:20:6: can inline main
./generic_inline_read_order.go:6:6: can inline A[bool]
./generic_inline_read_order.go:8:6: can inline B[float64]
./generic_inline_read_order.go:8:6: can inline B[string]
./generic_inline_read_order.go:6:6: can inline A[int]
./generic_inline_read_order.go:11:7: inlining call to A[go.shape.int]
./generic_inline_read_order.go:12:7: inlining call to B[go.shape.string]
./generic_inline_read_order.go:16:7: inlining call to B[go.shape.float64]
./generic_inline_read_order.go:17:7: inlining call to A[go.shape.bool]
./generic_inline_read_order.go:21:3: inlining call to f
./generic_inline_read_order.go:22:3: inlining call to g
./generic_inline_read_order.go:21:3: inlining call to A[go.shape.int]
./generic_inline_read_order.go:21:3: inlining call to B[go.shape.string]
./generic_inline_read_order.go:22:3: inlining call to B[go.shape.float64]
./generic_inline_read_order.go:22:3: inlining call to A[go.shape.bool]
./generic_inline_read_order.go:6:6: inlining call to A[go.shape.bool]
./generic_inline_read_order.go:8:6: inlining call to B[go.shape.float64]
./generic_inline_read_order.go:8:6: inlining call to B[go.shape.string]
./generic_inline_read_order.go:6:6: inlining call to A[go.shape.int]
