./rangefunc_return_value.go:5:6: can inline seq
./rangefunc_return_value.go:6:6: can inline leakseq
./rangefunc_return_value.go:11:6: can inline find
./rangefunc_return_value.go:12:2: can inline find-range1
./rangefunc_return_value.go:21:6: can inline findleak
./rangefunc_return_value.go:22:2: can inline findleak-range1
./rangefunc_return_value.go:31:6: can inline build
./rangefunc_return_value.go:32:2: can inline build-range1
./rangefunc_return_value.go:39:6: can inline main
./rangefunc_return_value.go:12:2: inlining call to seq
./rangefunc_return_value.go:12:2: inlining call to find-range1
./rangefunc_return_value.go:22:2: inlining call to leakseq
./rangefunc_return_value.go:32:2: inlining call to seq
./rangefunc_return_value.go:32:2: inlining call to build-range1
