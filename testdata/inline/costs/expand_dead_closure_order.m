./expand_dead_closure_order.go:4:2: can inline a.func1
./expand_dead_closure_order.go:5:7: can inline a.func2
./expand_dead_closure_order.go:3:6: can inline a
./expand_dead_closure_order.go:10:7: can inline b.func1
./expand_dead_closure_order.go:9:6: can inline b
./expand_dead_closure_order.go:15:2: can inline main.func1
./expand_dead_closure_order.go:14:6: can inline main
./expand_dead_closure_order.go:19:2: can inline z.func1
./expand_dead_closure_order.go:18:6: can inline z
./expand_dead_closure_order.go:4:33: inlining call to a.func1
./expand_dead_closure_order.go:6:3: inlining call to a.func2
./expand_dead_closure_order.go:11:3: inlining call to b.func1
./expand_dead_closure_order.go:15:33: inlining call to main.func1
./expand_dead_closure_order.go:19:33: inlining call to z.func1
