./rangefunc_lit_in_body.go:9:6: can inline seq
./rangefunc_lit_in_body.go:10:6: can inline leakseq
./rangefunc_lit_in_body.go:12:6: can inline litinbody
./rangefunc_lit_in_body.go:13:2: can inline litinbody-range1
./rangefunc_lit_in_body.go:14:8: can inline litinbody.func1
./rangefunc_lit_in_body.go:15:4: can inline litinbody.func1-range1
./rangefunc_lit_in_body.go:26:6: can inline main
./rangefunc_lit_in_body.go:13:2: inlining call to seq
./rangefunc_lit_in_body.go:13:2: inlining call to litinbody-range1
./rangefunc_lit_in_body.go:15:4: inlining call to leakseq
