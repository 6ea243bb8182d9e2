./call_order_bottom_up.go:10:6: can inline callee
./call_order_bottom_up.go:14:6: can inline leaker
./call_order_bottom_up.go:3:6: can inline caller
./call_order_bottom_up.go:16:6: can inline main
./call_order_bottom_up.go:5:8: inlining call to callee
./call_order_bottom_up.go:7:8: inlining call to leaker
./call_order_bottom_up.go:16:21: inlining call to caller
./call_order_bottom_up.go:16:21: inlining call to callee
./call_order_bottom_up.go:16:21: inlining call to leaker
