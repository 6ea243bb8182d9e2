./min_max_builtin.go:3:6: can inline f
./min_max_builtin.go:7:6: can inline g
./min_max_builtin.go:11:6: can inline main
./min_max_builtin.go:12:7: inlining call to f
./min_max_builtin.go:13:7: inlining call to g
