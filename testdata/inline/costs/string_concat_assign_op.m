./string_concat_assign_op.go:3:6: can inline f
./string_concat_assign_op.go:11:6: can inline main
./string_concat_assign_op.go:11:20: inlining call to f
