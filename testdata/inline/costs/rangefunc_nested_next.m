./rangefunc_nested_next.go:7:6: can inline seq
./rangefunc_nested_next.go:9:6: can inline f
./rangefunc_nested_next.go:10:2: can inline f-range1
./rangefunc_nested_next.go:11:3: can inline f-range2
./rangefunc_nested_next.go:18:6: can inline g
./rangefunc_nested_next.go:19:2: can inline g-range1
./rangefunc_nested_next.go:25:6: can inline main
./rangefunc_nested_next.go:10:2: inlining call to seq
./rangefunc_nested_next.go:10:2: inlining call to f-range1
./rangefunc_nested_next.go:11:3: inlining call to seq
./rangefunc_nested_next.go:11:3: inlining call to f-range2
./rangefunc_nested_next.go:19:2: inlining call to seq
./rangefunc_nested_next.go:19:2: inlining call to g-range1
