./go_defer_big_arg_positions.go:10:6: can inline use
./go_defer_big_arg_positions.go:11:6: can inline use2
./go_defer_big_arg_positions.go:12:6: can inline keep
./go_defer_big_arg_positions.go:13:6: can inline mk
./go_defer_big_arg_positions.go:16:2: can inline g1.gowrap1
./go_defer_big_arg_positions.go:17:2: can inline g1.gowrap2
./go_defer_big_arg_positions.go:18:2: can inline g1.gowrap3
./go_defer_big_arg_positions.go:19:2: can inline g1.gowrap4
./go_defer_big_arg_positions.go:20:2: can inline g1.gowrap5
./go_defer_big_arg_positions.go:24:5: can inline g2.func1
./go_defer_big_arg_positions.go:27:8: can inline g2.func2
./go_defer_big_arg_positions.go:24:2: can inline g2.gowrap1
./go_defer_big_arg_positions.go:27:2: can inline g2.deferwrap2
./go_defer_big_arg_positions.go:32:9: can inline g3.func1
./go_defer_big_arg_positions.go:32:3: can inline g3.deferwrap1
./go_defer_big_arg_positions.go:38:2: can inline g4.gowrap1
./go_defer_big_arg_positions.go:39:2: can inline g4.gowrap2
./go_defer_big_arg_positions.go:42:6: can inline main
./go_defer_big_arg_positions.go:19:11: inlining call to mk
./go_defer_big_arg_positions.go:16:8: inlining call to use
./go_defer_big_arg_positions.go:17:8: inlining call to use
./go_defer_big_arg_positions.go:18:8: inlining call to use
./go_defer_big_arg_positions.go:19:8: inlining call to use
./go_defer_big_arg_positions.go:20:9: inlining call to use2
./go_defer_big_arg_positions.go:26:3: inlining call to g2.func1
./go_defer_big_arg_positions.go:27:22: inlining call to g2.func2
./go_defer_big_arg_positions.go:32:35: inlining call to g3.func1
./go_defer_big_arg_positions.go:38:8: inlining call to use
./go_defer_big_arg_positions.go:39:8: inlining call to use
