./go_defer_big_promoted_receiver.go:8:6: can inline Big.M
./go_defer_big_promoted_receiver.go:9:6: can inline (*Big).PM
./go_defer_big_promoted_receiver.go:14:6: can inline gbig
./go_defer_big_promoted_receiver.go:15:6: can inline take
./go_defer_big_promoted_receiver.go:18:2: can inline run.gowrap1
./go_defer_big_promoted_receiver.go:19:2: can inline run.gowrap2
./go_defer_big_promoted_receiver.go:20:2: can inline run.gowrap3
./go_defer_big_promoted_receiver.go:21:2: can inline run.gowrap4
./go_defer_big_promoted_receiver.go:23:6: can inline main
./go_defer_big_promoted_receiver.go:18:8: inlining call to Big.M
./go_defer_big_promoted_receiver.go:19:9: inlining call to Big.M
./go_defer_big_promoted_receiver.go:20:9: inlining call to Big.M
./go_defer_big_promoted_receiver.go:21:9: inlining call to (*Big).PM
