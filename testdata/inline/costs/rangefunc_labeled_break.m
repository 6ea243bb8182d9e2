./rangefunc_labeled_break.go:5:6: can inline seq
./rangefunc_labeled_break.go:6:6: can inline leakseq
./rangefunc_labeled_break.go:11:6: can inline outer
./rangefunc_labeled_break.go:13:2: can inline outer-range1
./rangefunc_labeled_break.go:14:3: can inline outer-range2
./rangefunc_labeled_break.go:26:6: can inline self
./rangefunc_labeled_break.go:28:2: can inline self-range1
./rangefunc_labeled_break.go:38:6: can inline outerleak
./rangefunc_labeled_break.go:40:2: can inline outerleak-range1
./rangefunc_labeled_break.go:41:3: can inline outerleak-range2
./rangefunc_labeled_break.go:49:6: can inline main
./rangefunc_labeled_break.go:13:2: inlining call to seq
./rangefunc_labeled_break.go:13:2: inlining call to outer-range1
./rangefunc_labeled_break.go:14:3: inlining call to seq
./rangefunc_labeled_break.go:14:3: inlining call to outer-range2
./rangefunc_labeled_break.go:28:2: inlining call to leakseq
./rangefunc_labeled_break.go:40:2: inlining call to leakseq
./rangefunc_labeled_break.go:41:3: inlining call to leakseq
