./rangefunc_goto.go:5:6: can inline seq
./rangefunc_goto.go:6:6: can inline leakseq
./rangefunc_goto.go:9:6: can inline forward
./rangefunc_goto.go:10:2: can inline forward-range1
./rangefunc_goto.go:21:6: can inline backward
./rangefunc_goto.go:24:2: can inline backward-range1
./rangefunc_goto.go:36:6: can inline within
./rangefunc_goto.go:37:2: can inline within-range1
./rangefunc_goto.go:46:6: can inline main
./rangefunc_goto.go:10:2: inlining call to seq
./rangefunc_goto.go:10:2: inlining call to forward-range1
./rangefunc_goto.go:24:2: inlining call to leakseq
./rangefunc_goto.go:37:2: inlining call to seq
./rangefunc_goto.go:37:2: inlining call to within-range1
