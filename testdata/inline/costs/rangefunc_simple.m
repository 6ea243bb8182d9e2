./rangefunc_simple.go:6:6: can inline seq
./rangefunc_simple.go:7:6: can inline leakseq
./rangefunc_simple.go:9:6: can inline a
./rangefunc_simple.go:10:2: can inline a-range1
./rangefunc_simple.go:16:6: can inline b
./rangefunc_simple.go:17:2: can inline b-range1
./rangefunc_simple.go:23:6: can inline c
./rangefunc_simple.go:25:2: can inline c-range1
./rangefunc_simple.go:31:6: can inline d
./rangefunc_simple.go:33:2: can inline d-range1
./rangefunc_simple.go:40:6: can inline main
./rangefunc_simple.go:10:2: inlining call to seq
./rangefunc_simple.go:10:2: inlining call to a-range1
./rangefunc_simple.go:17:2: inlining call to seq
./rangefunc_simple.go:17:2: inlining call to b-range1
./rangefunc_simple.go:25:2: inlining call to leakseq
./rangefunc_simple.go:33:2: inlining call to seq
./rangefunc_simple.go:33:2: inlining call to d-range1
