./rangefunc_return.go:5:6: can inline leakseq
./rangefunc_return.go:10:6: can inline first
./rangefunc_return.go:11:2: can inline first-range1
./rangefunc_return.go:17:6: can inline main
./rangefunc_return.go:11:2: inlining call to leakseq
