./godefer_wrapper_order.go:13:6: can inline R.M
./godefer_wrapper_order.go:14:6: can inline (*R).PM
./godefer_wrapper_order.go:15:6: can inline gbig
./godefer_wrapper_order.go:16:6: can inline gtwo
./godefer_wrapper_order.go:17:6: can inline take
./godefer_wrapper_order.go:18:6: can inline take2
./godefer_wrapper_order.go:19:6: can inline leak
./godefer_wrapper_order.go:27:2: can inline m1.gowrap1
./godefer_wrapper_order.go:28:2: can inline m1.gowrap2
./godefer_wrapper_order.go:33:3: can inline m2.deferwrap1
./godefer_wrapper_order.go:37:2: can inline m2.deferwrap2
./godefer_wrapper_order.go:44:3: can inline m3.func1.gowrap1
./godefer_wrapper_order.go:47:2: can inline m3.gowrap1
./godefer_wrapper_order.go:52:3: can inline m4.gowrap1
./godefer_wrapper_order.go:57:2: can inline m4.gowrap2
./godefer_wrapper_order.go:60:6: can inline main
./godefer_wrapper_order.go:27:13: inlining call to gbig
./godefer_wrapper_order.go:28:15: inlining call to gbig
./godefer_wrapper_order.go:27:8: inlining call to R.M
./godefer_wrapper_order.go:28:10: inlining call to (*R).PM
./godefer_wrapper_order.go:33:18: inlining call to gbig
./godefer_wrapper_order.go:37:18: inlining call to gtwo
./godefer_wrapper_order.go:33:13: inlining call to take
./godefer_wrapper_order.go:37:13: inlining call to take2
./godefer_wrapper_order.go:44:15: inlining call to gbig
./godefer_wrapper_order.go:44:10: inlining call to take
./godefer_wrapper_order.go:47:14: inlining call to gbig
./godefer_wrapper_order.go:47:9: inlining call to leak
./godefer_wrapper_order.go:52:15: inlining call to gbig
./godefer_wrapper_order.go:57:14: inlining call to gbig
./godefer_wrapper_order.go:52:10: inlining call to take
./godefer_wrapper_order.go:57:9: inlining call to take
