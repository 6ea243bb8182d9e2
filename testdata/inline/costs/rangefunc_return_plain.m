./rangefunc_return_plain.go:5:6: can inline seq
./rangefunc_return_plain.go:6:6: can inline leakseq
./rangefunc_return_plain.go:9:6: can inline stop
./rangefunc_return_plain.go:10:2: can inline stop-range1
./rangefunc_return_plain.go:18:6: can inline stopleak
./rangefunc_return_plain.go:19:2: can inline stopleak-range1
./rangefunc_return_plain.go:27:6: can inline main
./rangefunc_return_plain.go:10:2: inlining call to seq
./rangefunc_return_plain.go:10:2: inlining call to stop-range1
./rangefunc_return_plain.go:19:2: inlining call to leakseq
