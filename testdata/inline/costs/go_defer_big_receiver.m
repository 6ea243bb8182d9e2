./go_defer_big_receiver.go:8:6: can inline Big.M
./go_defer_big_receiver.go:11:2: can inline r1.gowrap1
./go_defer_big_receiver.go:15:2: can inline r2.gowrap1
./go_defer_big_receiver.go:19:2: can inline r3.deferwrap1
./go_defer_big_receiver.go:22:6: can inline main
./go_defer_big_receiver.go:11:8: inlining call to Big.M
./go_defer_big_receiver.go:15:8: inlining call to Big.M
./go_defer_big_receiver.go:19:11: inlining call to Big.M
