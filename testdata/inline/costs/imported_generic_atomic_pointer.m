/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.struct { main.n int }]).Load
./imported_generic_atomic_pointer.go:26:6: can inline (*Cache).get
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.struct { main.n int }]).Store
./imported_generic_atomic_pointer.go:28:6: can inline (*Cache).set
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.struct { main.n int }]).Swap
./imported_generic_atomic_pointer.go:30:6: can inline swap
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.struct { main.n int }]).CompareAndSwap
./imported_generic_atomic_pointer.go:32:6: can inline cas
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.int]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.int]).Load
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.string]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.string]).Load
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[string]).Load
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[main.T]).Load
./imported_generic_atomic_pointer.go:54:6: can inline escapeValue
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.*uint8]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.*uint8]).Load
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.interface { M() }]).Store
./imported_generic_atomic_pointer.go:69:6: can inline ifaces
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.struct { main.a int; main.b int }]).Store
./imported_generic_atomic_pointer.go:81:6: can inline (*Box[go.shape.struct { main.a int; main.b int }]).Put
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.struct { main.a int; main.b int }]).Load
./imported_generic_atomic_pointer.go:83:6: can inline (*Box[go.shape.struct { main.a int; main.b int }]).Get
./imported_generic_atomic_pointer.go:81:6: can inline (*Box[go.shape.int]).Put
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.[]uint8]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.[]uint8]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.[]uint8]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.[]uint8]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.string]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.string]).Swap
./imported_generic_atomic_pointer.go:83:6: can inline (*Box[go.shape.int]).Get
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.int]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.int]).Swap
./imported_generic_atomic_pointer.go:83:6: can inline (*Box[int]).Get
./imported_generic_atomic_pointer.go:81:6: can inline (*Box[int]).Put
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[string]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[string]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[string]).Store
./imported_generic_atomic_pointer.go:85:6: can inline keep[string]
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[int]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[int]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[int]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[int]).Load
./imported_generic_atomic_pointer.go:85:6: can inline keep[int]
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.struct { main.a int; main.b int }]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.struct { main.a int; main.b int }]).Swap
./imported_generic_atomic_pointer.go:83:6: can inline (*Box[main.S]).Get
./imported_generic_atomic_pointer.go:81:6: can inline (*Box[main.S]).Put
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[main.S]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[main.S]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[main.S]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[main.S]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.interface { M() }]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.interface { M() }]).Swap
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.interface { M() }]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[main.I]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[main.I]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[main.I]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[main.I]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.*uint8]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.*uint8]).Swap
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[*main.T]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[*main.T]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[*main.T]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[*main.T]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[[]uint8]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[[]uint8]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[[]uint8]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[[]uint8]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[main.T]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[main.T]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[main.T]).Store
./imported_generic_atomic_pointer.go:26:45: inlining call to atomic.(*Pointer[go.shape.struct { main.n int }]).Load
./imported_generic_atomic_pointer.go:28:40: inlining call to atomic.(*Pointer[go.shape.struct { main.n int }]).Store
./imported_generic_atomic_pointer.go:30:49: inlining call to atomic.(*Pointer[go.shape.struct { main.n int }]).Swap
./imported_generic_atomic_pointer.go:32:63: inlining call to atomic.(*Pointer[go.shape.struct { main.n int }]).CompareAndSwap
./imported_generic_atomic_pointer.go:38:9: inlining call to atomic.(*Pointer[go.shape.int]).Store
./imported_generic_atomic_pointer.go:39:16: inlining call to atomic.(*Pointer[go.shape.int]).Load
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.string]).Load
./imported_generic_atomic_pointer.go:46:9: inlining call to atomic.(*Pointer[go.shape.string]).Store
./imported_generic_atomic_pointer.go:50:12: inlining call to atomic.(*Pointer[string]).Load
./imported_generic_atomic_pointer.go:50:12: inlining call to atomic.(*Pointer[go.shape.string]).Load
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.struct { main.n int }]).Load
./imported_generic_atomic_pointer.go:63:9: inlining call to atomic.(*Pointer[go.shape.*uint8]).Store
./imported_generic_atomic_pointer.go:64:16: inlining call to atomic.(*Pointer[go.shape.*uint8]).Load
./imported_generic_atomic_pointer.go:72:9: inlining call to atomic.(*Pointer[go.shape.interface { M() }]).Store
./imported_generic_atomic_pointer.go:81:39: inlining call to atomic.(*Pointer[go.shape.struct { main.a int; main.b int }]).Store
./imported_generic_atomic_pointer.go:83:44: inlining call to atomic.(*Pointer[go.shape.struct { main.a int; main.b int }]).Load
./imported_generic_atomic_pointer.go:87:9: inlining call to atomic.(*Pointer[go.shape.int]).Store
./imported_generic_atomic_pointer.go:88:15: inlining call to atomic.(*Pointer[go.shape.int]).Load
./imported_generic_atomic_pointer.go:87:9: inlining call to atomic.(*Pointer[go.shape.string]).Store
./imported_generic_atomic_pointer.go:88:15: inlining call to atomic.(*Pointer[go.shape.string]).Load
./imported_generic_atomic_pointer.go:81:39: inlining call to atomic.(*Pointer[go.shape.int]).Store
./imported_generic_atomic_pointer.go:94:12: inlining call to (*Cache).set
./imported_generic_atomic_pointer.go:95:20: inlining call to (*Cache).get
./imported_generic_atomic_pointer.go:97:6: inlining call to swap
./imported_generic_atomic_pointer.go:98:5: inlining call to cas
./imported_generic_atomic_pointer.go:100:13: inlining call to escapeValue
./imported_generic_atomic_pointer.go:102:8: inlining call to ifaces
./imported_generic_atomic_pointer.go:104:7: inlining call to (*Box[go.shape.struct { main.a int; main.b int }]).Put
./imported_generic_atomic_pointer.go:105:15: inlining call to (*Box[go.shape.struct { main.a int; main.b int }]).Get
./imported_generic_atomic_pointer.go:109:8: inlining call to (*Box[go.shape.int]).Put
./imported_generic_atomic_pointer.go:94:12: inlining call to atomic.(*Pointer[go.shape.struct { main.n int }]).Store
./imported_generic_atomic_pointer.go:95:20: inlining call to atomic.(*Pointer[go.shape.struct { main.n int }]).Load
./imported_generic_atomic_pointer.go:97:6: inlining call to atomic.(*Pointer[go.shape.struct { main.n int }]).Swap
./imported_generic_atomic_pointer.go:98:5: inlining call to atomic.(*Pointer[go.shape.struct { main.n int }]).CompareAndSwap
./imported_generic_atomic_pointer.go:102:8: inlining call to atomic.(*Pointer[go.shape.interface { M() }]).Store
./imported_generic_atomic_pointer.go:104:7: inlining call to atomic.(*Pointer[go.shape.struct { main.a int; main.b int }]).Store
./imported_generic_atomic_pointer.go:105:15: inlining call to atomic.(*Pointer[go.shape.struct { main.a int; main.b int }]).Load
./imported_generic_atomic_pointer.go:109:8: inlining call to atomic.(*Pointer[go.shape.int]).Store
./imported_generic_atomic_pointer.go:83:44: inlining call to atomic.(*Pointer[go.shape.int]).Load
./imported_generic_atomic_pointer.go:83:6: inlining call to (*Box[go.shape.int]).Get
./imported_generic_atomic_pointer.go:83:6: inlining call to atomic.(*Pointer[go.shape.int]).Load
./imported_generic_atomic_pointer.go:81:6: inlining call to (*Box[go.shape.int]).Put
./imported_generic_atomic_pointer.go:81:6: inlining call to atomic.(*Pointer[go.shape.int]).Store
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.string]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.string]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.string]).Store
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.int]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.int]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.int]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.int]).Load
./imported_generic_atomic_pointer.go:83:6: inlining call to (*Box[go.shape.struct { main.a int; main.b int }]).Get
./imported_generic_atomic_pointer.go:83:6: inlining call to atomic.(*Pointer[go.shape.struct { main.a int; main.b int }]).Load
./imported_generic_atomic_pointer.go:81:6: inlining call to (*Box[go.shape.struct { main.a int; main.b int }]).Put
./imported_generic_atomic_pointer.go:81:6: inlining call to atomic.(*Pointer[go.shape.struct { main.a int; main.b int }]).Store
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.struct { main.a int; main.b int }]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.struct { main.a int; main.b int }]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.struct { main.a int; main.b int }]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.struct { main.a int; main.b int }]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.interface { M() }]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.interface { M() }]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.interface { M() }]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.interface { M() }]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.*uint8]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.*uint8]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.*uint8]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.*uint8]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.[]uint8]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.[]uint8]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.[]uint8]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.[]uint8]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.struct { main.n int }]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.struct { main.n int }]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.struct { main.n int }]).Store
