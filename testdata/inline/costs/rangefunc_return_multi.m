./rangefunc_return_multi.go:5:6: can inline seq
./rangefunc_return_multi.go:6:6: can inline leakseq
./rangefunc_return_multi.go:8:6: can inline two
./rangefunc_return_multi.go:11:6: can inline pair
./rangefunc_return_multi.go:12:2: can inline pair-range1
./rangefunc_return_multi.go:19:6: can inline passthrough
./rangefunc_return_multi.go:20:2: can inline passthrough-range1
./rangefunc_return_multi.go:27:6: can inline boxed
./rangefunc_return_multi.go:28:2: can inline boxed-range1
./rangefunc_return_multi.go:34:6: can inline main
./rangefunc_return_multi.go:12:2: inlining call to seq
./rangefunc_return_multi.go:12:2: inlining call to pair-range1
./rangefunc_return_multi.go:20:2: inlining call to leakseq
./rangefunc_return_multi.go:21:13: inlining call to two
./rangefunc_return_multi.go:28:2: inlining call to seq
./rangefunc_return_multi.go:28:2: inlining call to boxed-range1
