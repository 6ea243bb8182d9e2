./multi_value_iface_assign.go:9:6: can inline g
./multi_value_iface_assign.go:10:6: can inline gs
./multi_value_iface_assign.go:11:6: can inline ge
./multi_value_iface_assign.go:12:6: can inline gp
./multi_value_iface_assign.go:16:6: can inline T.Take
./multi_value_iface_assign.go:17:6: can inline (*T).Keep
./multi_value_iface_assign.go:21:6: can inline f1
./multi_value_iface_assign.go:37:6: can inline r1
./multi_value_iface_assign.go:41:6: can inline a1
./multi_value_iface_assign.go:48:6: can inline a2
./multi_value_iface_assign.go:55:6: can inline main
./multi_value_iface_assign.go:24:10: inlining call to g
./multi_value_iface_assign.go:24:8: inlining call to T.Take
./multi_value_iface_assign.go:25:10: inlining call to g
./multi_value_iface_assign.go:25:8: inlining call to (*T).Keep
./multi_value_iface_assign.go:26:10: inlining call to g
./multi_value_iface_assign.go:27:8: inlining call to T.Take
./multi_value_iface_assign.go:31:6: inlining call to g
./multi_value_iface_assign.go:31:4: inlining call to f1
./multi_value_iface_assign.go:32:15: inlining call to gs
./multi_value_iface_assign.go:32:12: inlining call to fmt.Printf
./multi_value_iface_assign.go:33:16: inlining call to ge
./multi_value_iface_assign.go:33:13: inlining call to fmt.Println
./multi_value_iface_assign.go:34:16: inlining call to gp
./multi_value_iface_assign.go:34:13: inlining call to fmt.Println
./multi_value_iface_assign.go:38:10: inlining call to g
./multi_value_iface_assign.go:43:10: inlining call to g
./multi_value_iface_assign.go:51:18: inlining call to g
