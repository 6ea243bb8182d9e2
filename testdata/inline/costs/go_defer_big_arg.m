./go_defer_big_arg.go:5:6: can inline use
./go_defer_big_arg.go:6:6: can inline usep
./go_defer_big_arg.go:9:2: can inline d1.deferwrap1
./go_defer_big_arg.go:13:2: can inline d2.gowrap1
./go_defer_big_arg.go:18:3: can inline d3.deferwrap1
./go_defer_big_arg.go:24:2: can inline d4.deferwrap1
./go_defer_big_arg.go:28:6: can inline main
./go_defer_big_arg.go:9:11: inlining call to use
./go_defer_big_arg.go:13:8: inlining call to use
./go_defer_big_arg.go:18:13: inlining call to usep
./go_defer_big_arg.go:24:11: inlining call to use
