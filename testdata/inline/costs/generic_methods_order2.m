./generic_methods_order2.go:23:6: can inline h
./generic_methods_order2.go:16:6: can inline f
./generic_methods_order2.go:9:6: can inline main
./generic_methods_order2.go:7:6: can inline Box[go.shape.string].Any2
./generic_methods_order2.go:5:6: can inline Box[go.shape.string].Any
./generic_methods_order2.go:7:6: can inline Box[go.shape.[]int].Any2
./generic_methods_order2.go:5:6: can inline Box[go.shape.[]int].Any
./generic_methods_order2.go:7:6: can inline Box[[]int].Any2
./generic_methods_order2.go:5:6: can inline Box[[]int].Any
./generic_methods_order2.go:7:6: can inline Box[string].Any2
./generic_methods_order2.go:5:6: can inline Box[string].Any
./generic_methods_order2.go:7:6: can inline Box[go.shape.int].Any2
./generic_methods_order2.go:5:6: can inline Box[go.shape.int].Any
./generic_methods_order2.go:7:6: can inline Box[int].Any2
./generic_methods_order2.go:5:6: can inline Box[int].Any
./generic_methods_order2.go:7:6: can inline Box[go.shape.bool].Any2
./generic_methods_order2.go:5:6: can inline Box[go.shape.bool].Any
./generic_methods_order2.go:7:6: can inline Box[bool].Any2
./generic_methods_order2.go:5:6: can inline Box[bool].Any
./generic_methods_order2.go:10:3: inlining call to h
./generic_methods_order2.go:11:3: inlining call to f
./generic_methods_order2.go:7:6: inlining call to Box[go.shape.[]int].Any2
./generic_methods_order2.go:5:6: inlining call to Box[go.shape.[]int].Any
./generic_methods_order2.go:7:6: inlining call to Box[go.shape.string].Any2
./generic_methods_order2.go:5:6: inlining call to Box[go.shape.string].Any
./generic_methods_order2.go:7:6: inlining call to Box[go.shape.int].Any2
./generic_methods_order2.go:5:6: inlining call to Box[go.shape.int].Any
./generic_methods_order2.go:7:6: inlining call to Box[go.shape.bool].Any2
./generic_methods_order2.go:5:6: inlining call to Box[go.shape.bool].Any
