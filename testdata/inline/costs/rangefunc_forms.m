./rangefunc_forms.go:6:6: can inline seq
./rangefunc_forms.go:7:6: can inline leakseq
./rangefunc_forms.go:8:6: can inline seq2
./rangefunc_forms.go:9:6: can inline ptrs
./rangefunc_forms.go:13:6: can inline (*List).All
./rangefunc_forms.go:21:6: can inline mkseq
./rangefunc_forms.go:24:2: can inline nested-range1
./rangefunc_forms.go:26:2: can inline nested-range2
./rangefunc_forms.go:27:3: can inline nested-range3
./rangefunc_forms.go:32:6: can inline onevar
./rangefunc_forms.go:33:2: can inline onevar-range1
./rangefunc_forms.go:38:6: can inline blank
./rangefunc_forms.go:39:2: can inline blank-range1
./rangefunc_forms.go:44:6: can inline assignform
./rangefunc_forms.go:47:2: can inline assignform-range1
./rangefunc_forms.go:52:6: can inline captured
./rangefunc_forms.go:54:2: can inline captured-range1
./rangefunc_forms.go:60:6: can inline method
./rangefunc_forms.go:61:2: can inline method-range1
./rangefunc_forms.go:67:2: can inline callexpr-range1
./rangefunc_forms.go:73:6: can inline innerloop
./rangefunc_forms.go:74:2: can inline innerloop-range1
./rangefunc_forms.go:88:6: can inline closureinbody
./rangefunc_forms.go:89:2: can inline closureinbody-range1
./rangefunc_forms.go:90:8: can inline closureinbody.func1
./rangefunc_forms.go:96:9: can inline inclosure.func1
./rangefunc_forms.go:97:3: can inline inclosure.func1-range1
./rangefunc_forms.go:95:6: can inline inclosure
./rangefunc_forms.go:103:6: can inline forloop
./rangefunc_forms.go:105:3: can inline forloop-range1
./rangefunc_forms.go:112:6: can inline main
./rangefunc_forms.go:24:2: inlining call to leakseq
./rangefunc_forms.go:26:2: inlining call to leakseq
./rangefunc_forms.go:27:3: inlining call to leakseq
./rangefunc_forms.go:33:2: inlining call to seq2
./rangefunc_forms.go:33:2: inlining call to onevar-range1
./rangefunc_forms.go:39:2: inlining call to seq2
./rangefunc_forms.go:39:2: inlining call to blank-range1
./rangefunc_forms.go:47:2: inlining call to seq2
./rangefunc_forms.go:47:2: inlining call to assignform-range1
./rangefunc_forms.go:54:2: inlining call to seq
./rangefunc_forms.go:54:2: inlining call to captured-range1
./rangefunc_forms.go:61:2: inlining call to (*List).All
./rangefunc_forms.go:61:2: inlining call to method-range1
./rangefunc_forms.go:67:22: inlining call to mkseq
./rangefunc_forms.go:67:2: inlining call to seq
./rangefunc_forms.go:67:2: inlining call to callexpr-range1
./rangefunc_forms.go:74:2: inlining call to seq
./rangefunc_forms.go:74:2: inlining call to innerloop-range1
./rangefunc_forms.go:89:2: inlining call to seq
./rangefunc_forms.go:89:2: inlining call to closureinbody-range1
./rangefunc_forms.go:97:3: inlining call to ptrs
./rangefunc_forms.go:97:3: inlining call to inclosure.func1-range1
./rangefunc_forms.go:105:3: inlining call to seq
./rangefunc_forms.go:105:3: inlining call to forloop-range1
