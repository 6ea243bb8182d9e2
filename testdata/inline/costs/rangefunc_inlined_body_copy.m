./rangefunc_inlined_body_copy.go:5:6: can inline seq
./rangefunc_inlined_body_copy.go:8:2: can inline two-range1
./rangefunc_inlined_body_copy.go:11:2: can inline two-range2
./rangefunc_inlined_body_copy.go:17:6: can inline nest
./rangefunc_inlined_body_copy.go:18:2: can inline nest-range1
./rangefunc_inlined_body_copy.go:19:3: can inline nest-range2
./rangefunc_inlined_body_copy.go:27:7: can inline main.func1
./rangefunc_inlined_body_copy.go:8:2: inlining call to seq
./rangefunc_inlined_body_copy.go:11:2: inlining call to seq
./rangefunc_inlined_body_copy.go:8:2: inlining call to two-range1
./rangefunc_inlined_body_copy.go:11:2: inlining call to two-range2
./rangefunc_inlined_body_copy.go:18:2: inlining call to seq
./rangefunc_inlined_body_copy.go:18:2: inlining call to nest-range1
./rangefunc_inlined_body_copy.go:19:3: inlining call to seq
./rangefunc_inlined_body_copy.go:19:3: inlining call to nest-range2
./rangefunc_inlined_body_copy.go:28:21: inlining call to nest
./rangefunc_inlined_body_copy.go:28:26: inlining call to main.func1
./rangefunc_inlined_body_copy.go:28:21: inlining call to seq
./rangefunc_inlined_body_copy.go:18:2: can inline main.nest-range1
./rangefunc_inlined_body_copy.go:28:21: inlining call to main.nest-range1
