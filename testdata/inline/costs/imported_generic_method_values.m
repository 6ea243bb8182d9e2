./imported_generic_method_values.go:12:6: can inline (*N).Get
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.string]).Load
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[string]).Load
./imported_generic_method_values.go:16:6: can inline f1
./imported_generic_method_values.go:21:6: can inline f0
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.struct { main.n int }]).Load
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[main.T]).Load
./imported_generic_method_values.go:26:6: can inline f2
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.int]).Store
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[int]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.int]).Load
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[int]).Load
./imported_generic_method_values.go:31:6: can inline f3
./imported_generic_method_values.go:37:6: can inline main
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.int]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.int]).Swap
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[int]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[int]).Swap
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.struct { main.n int }]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.struct { main.n int }]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.struct { main.n int }]).Store
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[main.T]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[main.T]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[main.T]).Store
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.string]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.string]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.string]).Store
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[string]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[string]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[string]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.string]).Load
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.struct { main.n int }]).Load
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.int]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.int]).Load
./imported_generic_method_values.go:37:17: inlining call to f1
./imported_generic_method_values.go:37:23: inlining call to f2
./imported_generic_method_values.go:37:29: inlining call to f3
./imported_generic_method_values.go:37:35: inlining call to f0
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.int]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.int]).Swap
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.struct { main.n int }]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.struct { main.n int }]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.struct { main.n int }]).Store
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.string]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.string]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.string]).Store
