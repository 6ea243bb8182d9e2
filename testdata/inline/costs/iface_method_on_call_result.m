./iface_method_on_call_result.go:14:6: can inline (*user).Name
./iface_method_on_call_result.go:22:6: can inline r2
./iface_method_on_call_result.go:23:6: can inline r3
./iface_method_on_call_result.go:24:6: can inline r4
./iface_method_on_call_result.go:25:6: can inline r5
./iface_method_on_call_result.go:26:6: can inline r6
./iface_method_on_call_result.go:29:6: can inline r9
./iface_method_on_call_result.go:29:55: inlining call to (*user).Name
./iface_method_on_call_result.go:33:8: inlining call to r2
./iface_method_on_call_result.go:34:8: inlining call to r3
./iface_method_on_call_result.go:35:8: inlining call to r4
./iface_method_on_call_result.go:36:8: inlining call to r5
./iface_method_on_call_result.go:37:8: inlining call to r6
./iface_method_on_call_result.go:40:8: inlining call to r9
./iface_method_on_call_result.go:40:8: inlining call to (*user).Name
