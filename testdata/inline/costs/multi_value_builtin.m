./multi_value_builtin.go:5:6: can inline g
./multi_value_builtin.go:6:6: can inline h
./multi_value_builtin.go:7:6: can inline c
./multi_value_builtin.go:8:6: can inline k
./multi_value_builtin.go:9:6: can inline m
./multi_value_builtin.go:10:6: can inline cx
./multi_value_builtin.go:12:6: can inline a1
./multi_value_builtin.go:17:6: can inline a2
./multi_value_builtin.go:21:6: can inline a3
./multi_value_builtin.go:25:6: can inline a4
./multi_value_builtin.go:30:6: can inline a5
./multi_value_builtin.go:39:6: can inline cx2
./multi_value_builtin.go:35:6: can inline a6
./multi_value_builtin.go:41:6: can inline main
./multi_value_builtin.go:13:15: inlining call to g
./multi_value_builtin.go:18:17: inlining call to h
./multi_value_builtin.go:22:8: inlining call to c
./multi_value_builtin.go:26:11: inlining call to k
./multi_value_builtin.go:27:9: inlining call to k
./multi_value_builtin.go:31:10: inlining call to m
./multi_value_builtin.go:32:16: inlining call to cx
./multi_value_builtin.go:36:16: inlining call to cx2
