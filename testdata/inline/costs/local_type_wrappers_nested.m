./local_type_wrappers_nested.go:7:6: can inline foo.Get
./local_type_wrappers_nested.go:8:6: can inline (*foo).PGet
./local_type_wrappers_nested.go:24:7: can inline g1.func1
./local_type_wrappers_nested.go:12:6: can inline Box[go.shape.int].Val
./local_type_wrappers_nested.go:16:6: can inline g1
./local_type_wrappers_nested.go:33:6: can inline main
./local_type_wrappers_nested.go:12:6: can inline Box[int].Val
./local_type_wrappers_nested.go:27:16: inlining call to (*foo).PGet
./local_type_wrappers_nested.go:23:14: inlining call to foo.Get
./local_type_wrappers_nested.go:29:3: inlining call to g1.func1
./local_type_wrappers_nested.go:30:24: inlining call to Box[go.shape.int].Val
./local_type_wrappers_nested.go:29:3: inlining call to (*foo).PGet
./local_type_wrappers_nested.go:33:17: inlining call to g1
./local_type_wrappers_nested.go:33:17: inlining call to foo.Get
./local_type_wrappers_nested.go:24:7: can inline main.g1.func1
./local_type_wrappers_nested.go:33:17: inlining call to main.g1.func1
./local_type_wrappers_nested.go:33:17: inlining call to Box[go.shape.int].Val
./local_type_wrappers_nested.go:33:17: inlining call to (*foo).PGet
./local_type_wrappers_nested.go:12:6: inlining call to Box[go.shape.int].Val
