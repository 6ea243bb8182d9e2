./multi_value_go_defer_methods.go:7:6: can inline T.Take
./multi_value_go_defer_methods.go:13:6: can inline g
./multi_value_go_defer_methods.go:14:6: can inline g3
./multi_value_go_defer_methods.go:15:6: can inline gm
./multi_value_go_defer_methods.go:18:2: can inline d.deferwrap1
./multi_value_go_defer_methods.go:19:2: can inline d.gowrap2
./multi_value_go_defer_methods.go:21:2: can inline d.deferwrap3
./multi_value_go_defer_methods.go:23:2: can inline d.deferwrap4
./multi_value_go_defer_methods.go:26:6: can inline main
./multi_value_go_defer_methods.go:18:16: inlining call to g
./multi_value_go_defer_methods.go:19:13: inlining call to g
./multi_value_go_defer_methods.go:20:11: inlining call to g3
./multi_value_go_defer_methods.go:20:8: inlining call to T.Take
./multi_value_go_defer_methods.go:21:17: inlining call to g3
./multi_value_go_defer_methods.go:22:11: inlining call to gm
./multi_value_go_defer_methods.go:23:17: inlining call to gm
./multi_value_go_defer_methods.go:19:11: inlining call to T.Take
./multi_value_go_defer_methods.go:21:14: inlining call to T.Take
