./rangefunc_return_named.go:5:6: can inline seq
./rangefunc_return_named.go:6:6: can inline leakseq
./rangefunc_return_named.go:9:6: can inline named
./rangefunc_return_named.go:10:2: can inline named-range1
./rangefunc_return_named.go:19:6: can inline namedleak
./rangefunc_return_named.go:20:2: can inline namedleak-range1
./rangefunc_return_named.go:30:6: can inline blankres
./rangefunc_return_named.go:31:2: can inline blankres-range1
./rangefunc_return_named.go:37:6: can inline main
./rangefunc_return_named.go:10:2: inlining call to seq
./rangefunc_return_named.go:10:2: inlining call to named-range1
./rangefunc_return_named.go:20:2: inlining call to leakseq
./rangefunc_return_named.go:31:2: inlining call to leakseq
