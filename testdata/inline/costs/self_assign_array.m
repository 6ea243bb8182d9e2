./self_assign_array.go:5:6: can inline (*P).shift
./self_assign_array.go:9:6: can inline main
./self_assign_array.go:11:9: inlining call to (*P).shift
