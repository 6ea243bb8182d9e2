./devirt_order_wrappers.go:10:6: can inline (*N).M
./devirt_order_wrappers.go:17:3: can inline a.func1.deferwrap1
./devirt_order_wrappers.go:20:2: can inline a.deferwrap1
./devirt_order_wrappers.go:27:7: can inline b.func1
./devirt_order_wrappers.go:34:6: can inline main
./devirt_order_wrappers.go:52:2: can inline zc.deferwrap1
./devirt_order_wrappers.go:44:2: can inline zb.deferwrap1
./devirt_order_wrappers.go:38:2: can inline za.deferwrap1
./devirt_order_wrappers.go:16:6: inlining call to (*N).M
./devirt_order_wrappers.go:17:12: inlining call to (*N).M
./devirt_order_wrappers.go:21:5: inlining call to (*N).M
./devirt_order_wrappers.go:20:11: inlining call to (*N).M
./devirt_order_wrappers.go:29:6: inlining call to (*N).M
./devirt_order_wrappers.go:26:5: inlining call to (*N).M
./devirt_order_wrappers.go:31:3: inlining call to b.func1
./devirt_order_wrappers.go:31:3: inlining call to (*N).M
./devirt_order_wrappers.go:51:5: inlining call to (*N).M
./devirt_order_wrappers.go:52:11: inlining call to (*N).M
./devirt_order_wrappers.go:45:5: inlining call to (*N).M
./devirt_order_wrappers.go:44:11: inlining call to (*N).M
./devirt_order_wrappers.go:37:5: inlining call to (*N).M
./devirt_order_wrappers.go:38:11: inlining call to (*N).M
