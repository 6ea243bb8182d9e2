./loop_outer_holder.go:3:6: can inline f
./loop_outer_holder.go:12:6: can inline main
./loop_outer_holder.go:12:20: inlining call to f
