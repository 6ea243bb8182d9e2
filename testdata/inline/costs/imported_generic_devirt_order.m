/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.int]).Store
./imported_generic_devirt_order.go:13:6: can inline (*Stack[go.shape.int]).Push
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.int]).Load
./imported_generic_devirt_order.go:18:6: can inline (*Stack[go.shape.int]).Peek
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.string]).Store
./imported_generic_devirt_order.go:13:6: can inline (*Stack[go.shape.string]).Push
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.string]).Load
./imported_generic_devirt_order.go:18:6: can inline (*Stack[go.shape.string]).Peek
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.string]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.string]).Swap
./imported_generic_devirt_order.go:18:6: can inline (*Stack[string]).Peek
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[string]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[string]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[string]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[string]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.int]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.int]).Swap
./imported_generic_devirt_order.go:18:6: can inline (*Stack[int]).Peek
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[int]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[int]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[int]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[int]).Load
./imported_generic_devirt_order.go:15:13: inlining call to atomic.(*Pointer[go.shape.int]).Store
./imported_generic_devirt_order.go:18:49: inlining call to atomic.(*Pointer[go.shape.int]).Load
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.int]).Load
./imported_generic_devirt_order.go:15:13: inlining call to atomic.(*Pointer[go.shape.string]).Store
./imported_generic_devirt_order.go:26:8: inlining call to (*Stack[go.shape.int]).Push
./imported_generic_devirt_order.go:27:17: inlining call to (*Stack[go.shape.int]).Peek
./imported_generic_devirt_order.go:30:17: inlining call to atomic.(*Pointer[int]).Load
./imported_generic_devirt_order.go:32:9: inlining call to (*Stack[go.shape.string]).Push
./imported_generic_devirt_order.go:26:8: inlining call to atomic.(*Pointer[go.shape.int]).Store
./imported_generic_devirt_order.go:27:17: inlining call to atomic.(*Pointer[go.shape.int]).Load
./imported_generic_devirt_order.go:30:17: inlining call to atomic.(*Pointer[go.shape.int]).Load
./imported_generic_devirt_order.go:32:9: inlining call to atomic.(*Pointer[go.shape.string]).Store
./imported_generic_devirt_order.go:18:49: inlining call to atomic.(*Pointer[go.shape.string]).Load
./imported_generic_devirt_order.go:18:6: inlining call to (*Stack[go.shape.string]).Peek
./imported_generic_devirt_order.go:18:6: inlining call to atomic.(*Pointer[go.shape.string]).Load
./imported_generic_devirt_order.go:13:6: inlining call to (*Stack[go.shape.string]).Push
./imported_generic_devirt_order.go:13:6: inlining call to atomic.(*Pointer[go.shape.string]).Store
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.string]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.string]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.string]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.string]).Load
./imported_generic_devirt_order.go:18:6: inlining call to (*Stack[go.shape.int]).Peek
./imported_generic_devirt_order.go:18:6: inlining call to atomic.(*Pointer[go.shape.int]).Load
./imported_generic_devirt_order.go:13:6: inlining call to (*Stack[go.shape.int]).Push
./imported_generic_devirt_order.go:13:6: inlining call to atomic.(*Pointer[go.shape.int]).Store
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.int]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.int]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.int]).Store
