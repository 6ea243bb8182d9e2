./generic_option_tree.go:8:6: can inline Some[go.shape.int]
./generic_option_tree.go:10:6: can inline Opt[go.shape.int].Get
./generic_option_tree.go:12:6: can inline (*Opt[go.shape.int]).Ptr
./generic_option_tree.go:14:6: can inline Opt[go.shape.int].Map
./generic_option_tree.go:51:12: can inline main.func1
./generic_option_tree.go:53:20: can inline main.func2
./generic_option_tree.go:33:6: can inline Filter[go.shape.int]
./generic_option_tree.go:54:29: can inline main.func3
./generic_option_tree.go:33:6: can inline Filter[go.shape.*uint8]
./generic_option_tree.go:56:28: can inline main.func4
./generic_option_tree.go:33:6: can inline Filter[*int]
./generic_option_tree.go:33:6: can inline Filter[int]
./generic_option_tree.go:21:6: can inline (*Tree[string]).Insert
./generic_option_tree.go:8:6: can inline Some[int]
./generic_option_tree.go:14:6: can inline Opt[int].Map
./generic_option_tree.go:12:6: can inline (*Opt[int]).Ptr
./generic_option_tree.go:10:6: can inline Opt[int].Get
./generic_option_tree.go:14:54: inlining call to Some[go.shape.int]
./generic_option_tree.go:46:11: inlining call to Some[go.shape.int]
./generic_option_tree.go:47:15: inlining call to Opt[go.shape.int].Get
./generic_option_tree.go:49:12: inlining call to (*Opt[go.shape.int]).Ptr
./generic_option_tree.go:51:11: inlining call to Opt[go.shape.int].Map
./generic_option_tree.go:54:12: inlining call to Filter[go.shape.int]
./generic_option_tree.go:56:15: inlining call to Filter[go.shape.*uint8]
./generic_option_tree.go:51:11: inlining call to main.func1
./generic_option_tree.go:51:11: inlining call to Some[go.shape.int]
./generic_option_tree.go:54:12: inlining call to main.func3
./generic_option_tree.go:56:15: inlining call to main.func4
./generic_option_tree.go:33:6: inlining call to Filter[go.shape.*uint8]
./generic_option_tree.go:33:6: inlining call to Filter[go.shape.int]
./generic_option_tree.go:8:6: inlining call to Some[go.shape.int]
./generic_option_tree.go:14:6: inlining call to Opt[go.shape.int].Map
./generic_option_tree.go:14:6: inlining call to Some[go.shape.int]
./generic_option_tree.go:12:6: inlining call to (*Opt[go.shape.int]).Ptr
./generic_option_tree.go:10:6: inlining call to Opt[go.shape.int].Get
