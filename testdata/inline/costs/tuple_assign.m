./tuple_assign.go:3:6: can inline two
./tuple_assign.go:8:6: can inline main
./tuple_assign.go:9:13: inlining call to two
