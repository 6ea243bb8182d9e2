./rangefunc_defer_escape.go:3:6: can inline seq
./rangefunc_defer_escape.go:5:6: can inline use
./rangefunc_defer_escape.go:9:6: can inline usebig
./rangefunc_defer_escape.go:16:3: can inline deferptr.deferwrap1
./rangefunc_defer_escape.go:23:2: can inline toplevel.deferwrap1
./rangefunc_defer_escape.go:29:3: can inline deferbig.deferwrap1
./rangefunc_defer_escape.go:36:9: can inline withreturn.func1
./rangefunc_defer_escape.go:43:6: can inline main
./rangefunc_defer_escape.go:14:2: inlining call to seq
./rangefunc_defer_escape.go:16:12: inlining call to use
./rangefunc_defer_escape.go:23:11: inlining call to use
./rangefunc_defer_escape.go:28:2: inlining call to seq
./rangefunc_defer_escape.go:29:15: inlining call to usebig
./rangefunc_defer_escape.go:35:2: inlining call to seq
