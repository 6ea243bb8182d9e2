./rangefunc_labeled.go:3:6: can inline seq
./rangefunc_labeled.go:9:3: can inline labeled-range1
./rangefunc_labeled.go:17:6: can inline main
./rangefunc_labeled.go:9:3: inlining call to seq
./rangefunc_labeled.go:9:3: inlining call to labeled-range1
