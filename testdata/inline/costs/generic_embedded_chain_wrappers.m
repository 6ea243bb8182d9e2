./generic_embedded_chain_wrappers.go:12:6: can inline (*E).bump
./generic_embedded_chain_wrappers.go:16:6: can inline A[go.shape.int].get
./generic_embedded_chain_wrappers.go:34:6: can inline use[go.shape.int]
./generic_embedded_chain_wrappers.go:27:6: can inline (*L[go.shape.int]).put
./generic_embedded_chain_wrappers.go:40:6: can inline main
./generic_embedded_chain_wrappers.go:27:6: can inline (*L[int]).put
./generic_embedded_chain_wrappers.go:16:6: can inline A[int].get
./generic_embedded_chain_wrappers.go:34:6: can inline use[int]
./generic_embedded_chain_wrappers.go:37:14: inlining call to A[go.shape.int].get
./generic_embedded_chain_wrappers.go:41:12: inlining call to use[go.shape.int]
./generic_embedded_chain_wrappers.go:43:7: inlining call to (*L[go.shape.int]).put
./generic_embedded_chain_wrappers.go:41:12: inlining call to A[go.shape.int].get
./generic_embedded_chain_wrappers.go:27:6: inlining call to (*L[go.shape.int]).put
./generic_embedded_chain_wrappers.go:16:6: inlining call to A[go.shape.int].get
./generic_embedded_chain_wrappers.go:34:6: inlining call to use[go.shape.int]
./generic_embedded_chain_wrappers.go:34:6: inlining call to A[go.shape.int].get
