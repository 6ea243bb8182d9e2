./rangefunc_nested_return.go:5:6: can inline seq
./rangefunc_nested_return.go:6:6: can inline leakseq
./rangefunc_nested_return.go:9:6: can inline inner
./rangefunc_nested_return.go:10:2: can inline inner-range1
./rangefunc_nested_return.go:11:3: can inline inner-range2
./rangefunc_nested_return.go:21:6: can inline innerleak
./rangefunc_nested_return.go:22:2: can inline innerleak-range1
./rangefunc_nested_return.go:23:3: can inline innerleak-range2
./rangefunc_nested_return.go:34:6: can inline mixed
./rangefunc_nested_return.go:35:2: can inline mixed-range1
./rangefunc_nested_return.go:37:4: can inline mixed-range2
./rangefunc_nested_return.go:46:6: can inline main
./rangefunc_nested_return.go:10:2: inlining call to seq
./rangefunc_nested_return.go:10:2: inlining call to inner-range1
./rangefunc_nested_return.go:11:3: inlining call to seq
./rangefunc_nested_return.go:11:3: inlining call to inner-range2
./rangefunc_nested_return.go:22:2: inlining call to seq
./rangefunc_nested_return.go:22:2: inlining call to innerleak-range1
./rangefunc_nested_return.go:22:2: inlining call to leakseq
./rangefunc_nested_return.go:23:3: inlining call to leakseq
./rangefunc_nested_return.go:35:2: inlining call to seq
./rangefunc_nested_return.go:35:2: inlining call to mixed-range1
./rangefunc_nested_return.go:37:4: inlining call to seq
./rangefunc_nested_return.go:37:4: inlining call to mixed-range2
