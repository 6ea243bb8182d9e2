./go_defer_big_multi_value_pos.go:11:6: can inline gbig
./go_defer_big_multi_value_pos.go:12:6: can inline take
./go_defer_big_multi_value_pos.go:15:7: can inline r7.func1
./go_defer_big_multi_value_pos.go:17:2: can inline r7.gowrap1
./go_defer_big_multi_value_pos.go:22:3: can inline r8.func1.gowrap1
./go_defer_big_multi_value_pos.go:20:6: can inline r8
./go_defer_big_multi_value_pos.go:27:2: can inline r9.gowrap1
./go_defer_big_multi_value_pos.go:34:2: can inline r10.gowrap1
./go_defer_big_multi_value_pos.go:42:2: can inline r11.gowrap1
./go_defer_big_multi_value_pos.go:48:2: can inline r12.gowrap1
./go_defer_big_multi_value_pos.go:52:2: can inline r13.func1
./go_defer_big_multi_value_pos.go:53:2: can inline r13.gowrap1
./go_defer_big_multi_value_pos.go:62:2: can inline r14.gowrap1
./go_defer_big_multi_value_pos.go:65:6: can inline main
./go_defer_big_multi_value_pos.go:16:3: inlining call to r7.func1
./go_defer_big_multi_value_pos.go:17:14: inlining call to gbig
./go_defer_big_multi_value_pos.go:17:9: inlining call to take
./go_defer_big_multi_value_pos.go:22:15: inlining call to gbig
./go_defer_big_multi_value_pos.go:22:10: inlining call to take
./go_defer_big_multi_value_pos.go:27:14: inlining call to gbig
./go_defer_big_multi_value_pos.go:27:9: inlining call to take
./go_defer_big_multi_value_pos.go:34:14: inlining call to gbig
./go_defer_big_multi_value_pos.go:34:9: inlining call to take
./go_defer_big_multi_value_pos.go:42:14: inlining call to gbig
./go_defer_big_multi_value_pos.go:42:9: inlining call to take
./go_defer_big_multi_value_pos.go:48:14: inlining call to gbig
./go_defer_big_multi_value_pos.go:48:9: inlining call to take
./go_defer_big_multi_value_pos.go:52:26: inlining call to r13.func1
./go_defer_big_multi_value_pos.go:53:14: inlining call to gbig
./go_defer_big_multi_value_pos.go:53:9: inlining call to take
./go_defer_big_multi_value_pos.go:62:14: inlining call to gbig
./go_defer_big_multi_value_pos.go:62:9: inlining call to take
