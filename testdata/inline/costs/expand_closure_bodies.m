./expand_closure_bodies.go:6:2: can inline a.func1
./expand_closure_bodies.go:5:6: can inline a
./expand_closure_bodies.go:10:7: can inline b.func1
./expand_closure_bodies.go:9:6: can inline b
./expand_closure_bodies.go:17:7: can inline c.func1
./expand_closure_bodies.go:15:6: can inline c
./expand_closure_bodies.go:21:6: can inline main
./expand_closure_bodies.go:6:33: inlining call to a.func1
./expand_closure_bodies.go:11:3: inlining call to b.func1
./expand_closure_bodies.go:12:3: inlining call to b.func1
./expand_closure_bodies.go:18:10: inlining call to c.func1
