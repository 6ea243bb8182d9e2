./rangefunc_labeled_plain.go:5:6: can inline seq
./rangefunc_labeled_plain.go:6:6: can inline leakseq
./rangefunc_labeled_plain.go:9:6: can inline plainbreak
./rangefunc_labeled_plain.go:12:3: can inline plainbreak-range1
./rangefunc_labeled_plain.go:26:4: can inline sw-range1
./rangefunc_labeled_plain.go:36:6: can inline inside
./rangefunc_labeled_plain.go:37:2: can inline inside-range1
./rangefunc_labeled_plain.go:48:6: can inline main
./rangefunc_labeled_plain.go:12:3: inlining call to leakseq
./rangefunc_labeled_plain.go:26:4: inlining call to seq
./rangefunc_labeled_plain.go:26:4: inlining call to sw-range1
./rangefunc_labeled_plain.go:37:2: inlining call to seq
./rangefunc_labeled_plain.go:37:2: inlining call to inside-range1
