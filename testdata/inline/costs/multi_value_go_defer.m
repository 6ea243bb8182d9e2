./multi_value_go_defer.go:5:6: can inline g
./multi_value_go_defer.go:6:6: can inline gp
./multi_value_go_defer.go:7:6: can inline f
./multi_value_go_defer.go:8:6: can inline v
./multi_value_go_defer.go:11:2: can inline d1.deferwrap1
./multi_value_go_defer.go:15:2: can inline d2.gowrap1
./multi_value_go_defer.go:19:2: can inline d3.deferwrap1
./multi_value_go_defer.go:24:3: can inline d4.deferwrap1
./multi_value_go_defer.go:30:5: can inline d5.func1
./multi_value_go_defer.go:29:2: can inline d5.deferwrap1
./multi_value_go_defer.go:33:6: can inline main
./multi_value_go_defer.go:11:11: inlining call to g
./multi_value_go_defer.go:11:9: inlining call to f
./multi_value_go_defer.go:15:8: inlining call to g
./multi_value_go_defer.go:15:6: inlining call to v
./multi_value_go_defer.go:19:21: inlining call to g
./multi_value_go_defer.go:19:19: inlining call to fmt.Println
./multi_value_go_defer.go:24:12: inlining call to g
./multi_value_go_defer.go:24:10: inlining call to f
./multi_value_go_defer.go:30:27: inlining call to gp
./multi_value_go_defer.go:29:17: inlining call to g
