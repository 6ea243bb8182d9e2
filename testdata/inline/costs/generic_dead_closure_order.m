./generic_dead_closure_order.go:10:6: can inline Map0[go.shape.string,go.shape.int]
./generic_dead_closure_order.go:19:36: can inline run0.func1
./generic_dead_closure_order.go:23:6: can inline Map1[go.shape.string,go.shape.int]
./generic_dead_closure_order.go:32:36: can inline run1.func1
./generic_dead_closure_order.go:23:6: can inline Map1[string,int]
./generic_dead_closure_order.go:10:6: can inline Map0[string,int]
./generic_dead_closure_order.go:19:14: inlining call to Map0[go.shape.string,go.shape.int]
./generic_dead_closure_order.go:20:13: inlining call to fmt.Println
./generic_dead_closure_order.go:19:14: inlining call to run0.func1
./generic_dead_closure_order.go:32:14: inlining call to Map1[go.shape.string,go.shape.int]
./generic_dead_closure_order.go:33:13: inlining call to fmt.Println
./generic_dead_closure_order.go:32:14: inlining call to run1.func1
./generic_dead_closure_order.go:23:6: inlining call to Map1[go.shape.string,go.shape.int]
./generic_dead_closure_order.go:10:6: inlining call to Map0[go.shape.string,go.shape.int]
