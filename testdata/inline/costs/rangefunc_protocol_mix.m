./rangefunc_protocol_mix.go:11:6: can inline seq
./rangefunc_protocol_mix.go:12:6: can inline leakseq
./rangefunc_protocol_mix.go:13:6: can inline seq2
./rangefunc_protocol_mix.go:17:6: can inline bigres
./rangefunc_protocol_mix.go:18:2: can inline bigres-range1
./rangefunc_protocol_mix.go:25:6: can inline bigres2
./rangefunc_protocol_mix.go:26:2: can inline bigres2-range1
./rangefunc_protocol_mix.go:32:6: can inline triple
./rangefunc_protocol_mix.go:34:2: can inline triple-range1
./rangefunc_protocol_mix.go:35:3: can inline triple-range2
./rangefunc_protocol_mix.go:36:4: can inline triple-range3
./rangefunc_protocol_mix.go:54:6: can inline gotoinner
./rangefunc_protocol_mix.go:55:2: can inline gotoinner-range1
./rangefunc_protocol_mix.go:56:3: can inline gotoinner-range2
./rangefunc_protocol_mix.go:66:6: can inline plainlabel
./rangefunc_protocol_mix.go:67:2: can inline plainlabel-range1
./rangefunc_protocol_mix.go:70:4: can inline plainlabel-range2
./rangefunc_protocol_mix.go:88:3: can inline deferret.deferwrap1
./rangefunc_protocol_mix.go:93:6: can inline assignform
./rangefunc_protocol_mix.go:95:2: can inline assignform-range1
./rangefunc_protocol_mix.go:103:6: can inline selectbody
./rangefunc_protocol_mix.go:104:2: can inline selectbody-range1
./rangefunc_protocol_mix.go:118:6: can inline switchbody
./rangefunc_protocol_mix.go:119:2: can inline switchbody-range1
./rangefunc_protocol_mix.go:131:6: can inline iterseq
./rangefunc_protocol_mix.go:132:2: can inline iterseq-range1
./rangefunc_protocol_mix.go:140:6: can inline iface
./rangefunc_protocol_mix.go:141:2: can inline iface-range1
./rangefunc_protocol_mix.go:149:6: can inline main
./rangefunc_protocol_mix.go:18:2: inlining call to leakseq
./rangefunc_protocol_mix.go:26:2: inlining call to leakseq
./rangefunc_protocol_mix.go:34:2: inlining call to leakseq
./rangefunc_protocol_mix.go:35:3: inlining call to seq
./rangefunc_protocol_mix.go:35:3: inlining call to triple-range2
./rangefunc_protocol_mix.go:36:4: inlining call to seq
./rangefunc_protocol_mix.go:36:4: inlining call to triple-range3
./rangefunc_protocol_mix.go:55:2: inlining call to seq
./rangefunc_protocol_mix.go:55:2: inlining call to gotoinner-range1
./rangefunc_protocol_mix.go:55:2: inlining call to leakseq
./rangefunc_protocol_mix.go:56:3: inlining call to leakseq
./rangefunc_protocol_mix.go:67:2: inlining call to seq
./rangefunc_protocol_mix.go:67:2: inlining call to plainlabel-range1
./rangefunc_protocol_mix.go:67:2: inlining call to leakseq
./rangefunc_protocol_mix.go:70:4: inlining call to leakseq
./rangefunc_protocol_mix.go:84:2: inlining call to seq
./rangefunc_protocol_mix.go:95:2: inlining call to seq2
./rangefunc_protocol_mix.go:95:2: inlining call to assignform-range1
./rangefunc_protocol_mix.go:104:2: inlining call to seq
./rangefunc_protocol_mix.go:104:2: inlining call to selectbody-range1
./rangefunc_protocol_mix.go:119:2: inlining call to leakseq
./rangefunc_protocol_mix.go:141:2: inlining call to leakseq
