./generic_embedded_generic_wrappers.go:12:6: can inline (*A[go.shape.*uint8]).set
./generic_embedded_generic_wrappers.go:13:6: can inline A[go.shape.*uint8].get
./generic_embedded_generic_wrappers.go:13:6: can inline A[*int].get
./generic_embedded_generic_wrappers.go:32:6: can inline plain
./generic_embedded_generic_wrappers.go:12:6: can inline (*A[go.shape.string]).set
./generic_embedded_generic_wrappers.go:13:6: can inline A[go.shape.string].get
./generic_embedded_generic_wrappers.go:26:6: can inline use[go.shape.string]
./generic_embedded_generic_wrappers.go:12:6: can inline (*A[go.shape.int]).set
./generic_embedded_generic_wrappers.go:13:6: can inline A[go.shape.int].get
./generic_embedded_generic_wrappers.go:26:6: can inline use[go.shape.int]
./generic_embedded_generic_wrappers.go:20:6: can inline B[go.shape.*uint8].size
./generic_embedded_generic_wrappers.go:20:6: can inline B[go.shape.string].size
./generic_embedded_generic_wrappers.go:20:6: can inline B[go.shape.int].size
./generic_embedded_generic_wrappers.go:20:6: can inline B[int].size
./generic_embedded_generic_wrappers.go:13:6: can inline A[int].get
./generic_embedded_generic_wrappers.go:12:6: can inline (*A[int]).set
./generic_embedded_generic_wrappers.go:26:6: can inline use[int]
./generic_embedded_generic_wrappers.go:20:6: can inline B[string].size
./generic_embedded_generic_wrappers.go:13:6: can inline A[string].get
./generic_embedded_generic_wrappers.go:12:6: can inline (*A[string]).set
./generic_embedded_generic_wrappers.go:26:6: can inline use[string]
./generic_embedded_generic_wrappers.go:20:6: can inline B[*int].size
./generic_embedded_generic_wrappers.go:12:6: can inline (*A[*int]).set
./generic_embedded_generic_wrappers.go:13:6: inlining call to A[go.shape.*uint8].get
./generic_embedded_generic_wrappers.go:34:7: inlining call to (*A[go.shape.*uint8]).set
./generic_embedded_generic_wrappers.go:28:7: inlining call to (*A[go.shape.string]).set
./generic_embedded_generic_wrappers.go:29:14: inlining call to A[go.shape.string].get
./generic_embedded_generic_wrappers.go:28:7: inlining call to (*A[go.shape.int]).set
./generic_embedded_generic_wrappers.go:29:14: inlining call to A[go.shape.int].get
./generic_embedded_generic_wrappers.go:41:14: inlining call to plain
./generic_embedded_generic_wrappers.go:42:12: inlining call to use[go.shape.string]
./generic_embedded_generic_wrappers.go:43:12: inlining call to use[go.shape.int]
./generic_embedded_generic_wrappers.go:45:7: inlining call to (*A[go.shape.*uint8]).set
./generic_embedded_generic_wrappers.go:41:14: inlining call to (*A[go.shape.*uint8]).set
./generic_embedded_generic_wrappers.go:42:12: inlining call to (*A[go.shape.string]).set
./generic_embedded_generic_wrappers.go:42:12: inlining call to A[go.shape.string].get
./generic_embedded_generic_wrappers.go:43:12: inlining call to (*A[go.shape.int]).set
./generic_embedded_generic_wrappers.go:43:12: inlining call to A[go.shape.int].get
./generic_embedded_generic_wrappers.go:20:6: inlining call to B[go.shape.int].size
./generic_embedded_generic_wrappers.go:13:6: inlining call to A[go.shape.int].get
./generic_embedded_generic_wrappers.go:12:6: inlining call to (*A[go.shape.int]).set
./generic_embedded_generic_wrappers.go:26:6: inlining call to use[go.shape.int]
./generic_embedded_generic_wrappers.go:26:6: inlining call to (*A[go.shape.int]).set
./generic_embedded_generic_wrappers.go:26:6: inlining call to A[go.shape.int].get
./generic_embedded_generic_wrappers.go:20:6: inlining call to B[go.shape.string].size
./generic_embedded_generic_wrappers.go:13:6: inlining call to A[go.shape.string].get
./generic_embedded_generic_wrappers.go:12:6: inlining call to (*A[go.shape.string]).set
./generic_embedded_generic_wrappers.go:26:6: inlining call to use[go.shape.string]
./generic_embedded_generic_wrappers.go:26:6: inlining call to (*A[go.shape.string]).set
./generic_embedded_generic_wrappers.go:26:6: inlining call to A[go.shape.string].get
./generic_embedded_generic_wrappers.go:20:6: inlining call to B[go.shape.*uint8].size
./generic_embedded_generic_wrappers.go:12:6: inlining call to (*A[go.shape.*uint8]).set
