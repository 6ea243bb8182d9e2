./rangefunc_copy_nested.go:8:6: can inline seq
./rangefunc_copy_nested.go:10:6: can inline f
./rangefunc_copy_nested.go:12:2: can inline f-range1
./rangefunc_copy_nested.go:13:3: can inline f-range2
./rangefunc_copy_nested.go:20:6: can inline each
./rangefunc_copy_nested.go:21:9: can inline each.func1
./rangefunc_copy_nested.go:32:2: can inline g-range1
./rangefunc_copy_nested.go:33:3: can inline g-range2
./rangefunc_copy_nested.go:40:6: can inline h
./rangefunc_copy_nested.go:42:2: can inline h-range1
./rangefunc_copy_nested.go:43:3: can inline h-range2
./rangefunc_copy_nested.go:50:6: can inline main
./rangefunc_copy_nested.go:12:2: inlining call to seq
./rangefunc_copy_nested.go:12:2: inlining call to f-range1
./rangefunc_copy_nested.go:13:3: inlining call to seq
./rangefunc_copy_nested.go:13:3: inlining call to f-range2
./rangefunc_copy_nested.go:32:21: inlining call to each
./rangefunc_copy_nested.go:21:9: can inline g.each.func1
./rangefunc_copy_nested.go:32:2: inlining call to g.each.func1
./rangefunc_copy_nested.go:32:2: inlining call to g-range1
./rangefunc_copy_nested.go:32:2: inlining call to seq
./rangefunc_copy_nested.go:33:3: can inline g.g.each.func1.g-range1-range3
./rangefunc_copy_nested.go:32:2: inlining call to g.g.each.func1.g-range1-range3
./rangefunc_copy_nested.go:33:3: inlining call to seq
./rangefunc_copy_nested.go:33:3: inlining call to g-range2
./rangefunc_copy_nested.go:42:2: inlining call to seq
./rangefunc_copy_nested.go:42:2: inlining call to h-range1
./rangefunc_copy_nested.go:42:2: inlining call to each
./rangefunc_copy_nested.go:21:9: can inline h.seq.h-range1.each.func1
./rangefunc_copy_nested.go:42:2: inlining call to h.seq.h-range1.each.func1
./rangefunc_copy_nested.go:43:3: can inline h.seq.h-range1-range3
./rangefunc_copy_nested.go:42:2: inlining call to h.seq.h-range1-range3
./rangefunc_copy_nested.go:43:22: inlining call to each
./rangefunc_copy_nested.go:21:9: can inline h.each.func2
./rangefunc_copy_nested.go:43:3: inlining call to h.each.func2
./rangefunc_copy_nested.go:43:3: inlining call to h-range2
