./go_defer_big_multi_value.go:12:6: can inline gbig
./go_defer_big_multi_value.go:13:6: can inline take
./go_defer_big_multi_value.go:18:2: can inline r1.gowrap1
./go_defer_big_multi_value.go:24:2: can inline r2.gowrap1
./go_defer_big_multi_value.go:30:3: can inline r3.gowrap1
./go_defer_big_multi_value.go:35:7: can inline r4.func1
./go_defer_big_multi_value.go:37:2: can inline r4.deferwrap1
./go_defer_big_multi_value.go:43:2: can inline r5.gowrap1
./go_defer_big_multi_value.go:44:2: can inline r5.gowrap2
./go_defer_big_multi_value.go:49:3: can inline r6.gowrap1
./go_defer_big_multi_value.go:55:2: can inline r6.gowrap2
./go_defer_big_multi_value.go:58:6: can inline main
./go_defer_big_multi_value.go:18:14: inlining call to gbig
./go_defer_big_multi_value.go:18:9: inlining call to take
./go_defer_big_multi_value.go:24:14: inlining call to gbig
./go_defer_big_multi_value.go:24:9: inlining call to take
./go_defer_big_multi_value.go:30:15: inlining call to gbig
./go_defer_big_multi_value.go:30:10: inlining call to take
./go_defer_big_multi_value.go:36:3: inlining call to r4.func1
./go_defer_big_multi_value.go:37:17: inlining call to gbig
./go_defer_big_multi_value.go:37:12: inlining call to take
./go_defer_big_multi_value.go:43:14: inlining call to gbig
./go_defer_big_multi_value.go:44:14: inlining call to gbig
./go_defer_big_multi_value.go:43:9: inlining call to take
./go_defer_big_multi_value.go:44:9: inlining call to take
./go_defer_big_multi_value.go:49:15: inlining call to gbig
./go_defer_big_multi_value.go:55:14: inlining call to gbig
./go_defer_big_multi_value.go:49:10: inlining call to take
./go_defer_big_multi_value.go:55:9: inlining call to take
