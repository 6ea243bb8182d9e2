/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.struct { main.v int }]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.struct { main.v int }]).Load
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.string]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.string]).Load
./imported_generic_atomic_embedded.go:32:9: can inline closure.func1
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.struct { main.a *int }]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.struct { main.a *int }]).Load
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.[4]uint8]).Store
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.float64]).Store
./imported_generic_atomic_embedded.go:68:6: can inline viaIface
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.int]).Store
./imported_generic_atomic_embedded.go:57:6: can inline (*Stack[go.shape.int]).Push
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.int]).Load
./imported_generic_atomic_embedded.go:62:6: can inline (*Stack[go.shape.int]).Peek
./imported_generic_atomic_embedded.go:57:6: can inline (*Stack[go.shape.string]).Push
./imported_generic_atomic_embedded.go:64:6: can inline (*Stack[go.shape.string]).Copy
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[int]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.struct { main.v int }]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.struct { main.v int }]).Swap
./imported_generic_atomic_embedded.go:62:6: can inline (*Stack[go.shape.string]).Peek
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.string]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.string]).Swap
./imported_generic_atomic_embedded.go:64:6: can inline (*Stack[string]).Copy
./imported_generic_atomic_embedded.go:62:6: can inline (*Stack[string]).Peek
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[string]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[string]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[string]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[string]).Load
./imported_generic_atomic_embedded.go:64:6: can inline (*Stack[go.shape.int]).Copy
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.int]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.int]).Swap
./imported_generic_atomic_embedded.go:64:6: can inline (*Stack[int]).Copy
./imported_generic_atomic_embedded.go:62:6: can inline (*Stack[int]).Peek
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[int]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[int]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[int]).Store
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.float64]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.float64]).Swap
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.float64]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[float64]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[float64]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[float64]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[float64]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.[4]uint8]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.[4]uint8]).Swap
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.[4]uint8]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[[4]uint8]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[[4]uint8]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[[4]uint8]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[[4]uint8]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.struct { main.a *int }]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.struct { main.a *int }]).Swap
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[main.L·1]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[main.L·1]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[main.L·1]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[main.L·1]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[main.Box[int]]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[main.Box[int]]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[main.Box[int]]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[main.Box[int]]).Load
./imported_generic_atomic_embedded.go:24:9: inlining call to atomic.(*Pointer[go.shape.struct { main.v int }]).Store
./imported_generic_atomic_embedded.go:25:15: inlining call to atomic.(*Pointer[go.shape.struct { main.v int }]).Load
./imported_generic_atomic_embedded.go:31:9: inlining call to atomic.(*Pointer[go.shape.string]).Store
./imported_generic_atomic_embedded.go:32:39: inlining call to atomic.(*Pointer[go.shape.string]).Load
./imported_generic_atomic_embedded.go:38:9: inlining call to atomic.(*Pointer[go.shape.struct { main.a *int }]).Store
./imported_generic_atomic_embedded.go:39:15: inlining call to atomic.(*Pointer[go.shape.struct { main.a *int }]).Load
./imported_generic_atomic_embedded.go:45:13: inlining call to atomic.(*Pointer[go.shape.[4]uint8]).Store
./imported_generic_atomic_embedded.go:49:14: inlining call to atomic.(*Pointer[go.shape.float64]).Store
./imported_generic_atomic_embedded.go:59:13: inlining call to atomic.(*Pointer[go.shape.int]).Store
./imported_generic_atomic_embedded.go:62:49: inlining call to atomic.(*Pointer[go.shape.int]).Load
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.int]).Load
./imported_generic_atomic_embedded.go:59:13: inlining call to atomic.(*Pointer[go.shape.string]).Store
./imported_generic_atomic_embedded.go:77:8: inlining call to (*Stack[go.shape.int]).Push
./imported_generic_atomic_embedded.go:78:17: inlining call to (*Stack[go.shape.int]).Peek
./imported_generic_atomic_embedded.go:81:9: inlining call to atomic.(*Pointer[go.shape.int]).Store
./imported_generic_atomic_embedded.go:82:18: inlining call to viaIface
./imported_generic_atomic_embedded.go:84:17: inlining call to atomic.(*Pointer[int]).Load
./imported_generic_atomic_embedded.go:86:9: inlining call to (*Stack[go.shape.string]).Push
./imported_generic_atomic_embedded.go:87:16: inlining call to (*Stack[go.shape.string]).Copy
./imported_generic_atomic_embedded.go:77:8: inlining call to atomic.(*Pointer[go.shape.int]).Store
./imported_generic_atomic_embedded.go:78:17: inlining call to atomic.(*Pointer[go.shape.int]).Load
./imported_generic_atomic_embedded.go:82:18: inlining call to atomic.(*Pointer[int]).Load
./imported_generic_atomic_embedded.go:84:17: inlining call to atomic.(*Pointer[go.shape.int]).Load
./imported_generic_atomic_embedded.go:86:9: inlining call to atomic.(*Pointer[go.shape.string]).Store
./imported_generic_atomic_embedded.go:82:18: inlining call to atomic.(*Pointer[go.shape.int]).Load
./imported_generic_atomic_embedded.go:62:49: inlining call to atomic.(*Pointer[go.shape.string]).Load
./imported_generic_atomic_embedded.go:64:6: inlining call to (*Stack[go.shape.string]).Copy
./imported_generic_atomic_embedded.go:62:6: inlining call to (*Stack[go.shape.string]).Peek
./imported_generic_atomic_embedded.go:62:6: inlining call to atomic.(*Pointer[go.shape.string]).Load
./imported_generic_atomic_embedded.go:57:6: inlining call to (*Stack[go.shape.string]).Push
./imported_generic_atomic_embedded.go:57:6: inlining call to atomic.(*Pointer[go.shape.string]).Store
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.string]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.string]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.string]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.string]).Load
./imported_generic_atomic_embedded.go:64:6: inlining call to (*Stack[go.shape.int]).Copy
./imported_generic_atomic_embedded.go:62:6: inlining call to (*Stack[go.shape.int]).Peek
./imported_generic_atomic_embedded.go:62:6: inlining call to atomic.(*Pointer[go.shape.int]).Load
./imported_generic_atomic_embedded.go:57:6: inlining call to (*Stack[go.shape.int]).Push
./imported_generic_atomic_embedded.go:57:6: inlining call to atomic.(*Pointer[go.shape.int]).Store
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.int]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.int]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.int]).Store
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.float64]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.float64]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.float64]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.float64]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.[4]uint8]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.[4]uint8]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.[4]uint8]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.[4]uint8]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.struct { main.a *int }]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.struct { main.a *int }]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.struct { main.a *int }]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.struct { main.a *int }]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.struct { main.v int }]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.struct { main.v int }]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.struct { main.v int }]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.struct { main.v int }]).Load
