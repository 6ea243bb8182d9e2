./rangefunc_closure_return.go:5:6: can inline seq
./rangefunc_closure_return.go:6:6: can inline leakseq
./rangefunc_closure_return.go:9:6: can inline lit
./rangefunc_closure_return.go:10:9: can inline lit.func1
./rangefunc_closure_return.go:11:3: can inline lit.func1-range1
./rangefunc_closure_return.go:19:6: can inline bodylit
./rangefunc_closure_return.go:21:8: can inline bodylit.func1
./rangefunc_closure_return.go:20:2: can inline bodylit-range1
./rangefunc_closure_return.go:29:6: can inline main
./rangefunc_closure_return.go:11:3: inlining call to leakseq
./rangefunc_closure_return.go:20:2: inlining call to seq
./rangefunc_closure_return.go:20:2: inlining call to bodylit-range1
./rangefunc_closure_return.go:21:8: can inline bodylit.seq.bodylit-range1.func2
./rangefunc_closure_return.go:20:2: inlining call to bodylit.seq.bodylit-range1.func2
./rangefunc_closure_return.go:22:7: inlining call to bodylit.func1
