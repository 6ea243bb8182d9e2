./rangefunc_break_continue.go:5:6: can inline seq
./rangefunc_break_continue.go:13:6: can inline brk
./rangefunc_break_continue.go:14:2: can inline brk-range1
./rangefunc_break_continue.go:23:6: can inline cont
./rangefunc_break_continue.go:24:2: can inline cont-range1
./rangefunc_break_continue.go:39:6: can inline dead
./rangefunc_break_continue.go:40:2: can inline dead-range1
./rangefunc_break_continue.go:47:6: can inline deadcont
./rangefunc_break_continue.go:48:2: can inline deadcont-range1
./rangefunc_break_continue.go:58:6: can inline main
./rangefunc_break_continue.go:14:2: inlining call to seq
./rangefunc_break_continue.go:14:2: inlining call to brk-range1
./rangefunc_break_continue.go:24:2: inlining call to seq
./rangefunc_break_continue.go:24:2: inlining call to cont-range1
./rangefunc_break_continue.go:40:2: inlining call to seq
./rangefunc_break_continue.go:40:2: inlining call to dead-range1
./rangefunc_break_continue.go:48:2: inlining call to seq
./rangefunc_break_continue.go:48:2: inlining call to deadcont-range1
