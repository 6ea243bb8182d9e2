./rangefunc_protocol_more.go:8:6: can inline seq
./rangefunc_protocol_more.go:9:6: can inline leakseq
./rangefunc_protocol_more.go:13:3: can inline twodefers.deferwrap1
./rangefunc_protocol_more.go:15:10: can inline twodefers.func1
./rangefunc_protocol_more.go:30:3: can inline nextfirst.deferwrap1
./rangefunc_protocol_more.go:37:6: can inline back
./rangefunc_protocol_more.go:38:2: can inline back-range1
./rangefunc_protocol_more.go:40:3: can inline back-range2
./rangefunc_protocol_more.go:51:6: can inline loopvar
./rangefunc_protocol_more.go:53:3: can inline loopvar-range1
./rangefunc_protocol_more.go:64:6: can inline (*T).Items
./rangefunc_protocol_more.go:66:6: can inline methexpr
./rangefunc_protocol_more.go:67:2: can inline methexpr-range1
./rangefunc_protocol_more.go:75:2: can inline closurevar-range1
./rangefunc_protocol_more.go:81:6: can inline emptyret
./rangefunc_protocol_more.go:82:2: can inline emptyret-range1
./rangefunc_protocol_more.go:87:6: can inline deadafter
./rangefunc_protocol_more.go:88:2: can inline deadafter-range1
./rangefunc_protocol_more.go:96:6: can inline main
./rangefunc_protocol_more.go:12:2: inlining call to leakseq
./rangefunc_protocol_more.go:14:3: inlining call to seq
./rangefunc_protocol_more.go:24:2: inlining call to leakseq
./rangefunc_protocol_more.go:38:2: inlining call to seq
./rangefunc_protocol_more.go:38:2: inlining call to back-range1
./rangefunc_protocol_more.go:38:2: inlining call to leakseq
./rangefunc_protocol_more.go:40:3: inlining call to leakseq
./rangefunc_protocol_more.go:53:3: inlining call to leakseq
./rangefunc_protocol_more.go:67:2: inlining call to (*T).Items
./rangefunc_protocol_more.go:67:2: inlining call to methexpr-range1
./rangefunc_protocol_more.go:82:2: inlining call to seq
./rangefunc_protocol_more.go:82:2: inlining call to emptyret-range1
./rangefunc_protocol_more.go:88:2: inlining call to leakseq
