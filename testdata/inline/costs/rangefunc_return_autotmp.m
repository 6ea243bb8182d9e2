./rangefunc_return_autotmp.go:5:6: can inline seq
./rangefunc_return_autotmp.go:6:6: can inline leakseq
./rangefunc_return_autotmp.go:11:6: can inline numbered
./rangefunc_return_autotmp.go:12:2: can inline numbered-range1
./rangefunc_return_autotmp.go:24:2: can inline tworows-range1
./rangefunc_return_autotmp.go:29:2: can inline tworows-range2
./rangefunc_return_autotmp.go:38:6: can inline main
./rangefunc_return_autotmp.go:12:2: inlining call to leakseq
./rangefunc_return_autotmp.go:24:2: inlining call to leakseq
./rangefunc_return_autotmp.go:29:2: inlining call to leakseq
