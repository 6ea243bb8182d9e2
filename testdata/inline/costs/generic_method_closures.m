./generic_method_closures.go:14:6: can inline s[go.shape.int].g0
./generic_method_closures.go:15:6: can inline s[go.shape.int].set
./generic_method_closures.go:16:6: can inline (*s[go.shape.int]).pset
./generic_method_closures.go:21:11: can inline gen[go.shape.int].func1
./generic_method_closures.go:23:14: can inline gen[go.shape.int].func2
./generic_method_closures.go:25:14: can inline gen[go.shape.int].func3
./generic_method_closures.go:27:11: can inline gen[go.shape.int].func4
./generic_method_closures.go:30:13: can inline gen[go.shape.int].func5
./generic_method_closures.go:14:6: can inline s[go.shape.string].g0
./generic_method_closures.go:15:6: can inline s[go.shape.string].set
./generic_method_closures.go:16:6: can inline (*s[go.shape.string]).pset
./generic_method_closures.go:21:11: can inline gen[go.shape.string].func1
./generic_method_closures.go:23:14: can inline gen[go.shape.string].func2
./generic_method_closures.go:25:14: can inline gen[go.shape.string].func3
./generic_method_closures.go:27:11: can inline gen[go.shape.string].func4
./generic_method_closures.go:30:13: can inline gen[go.shape.string].func5
./generic_method_closures.go:47:6: can inline direct[go.shape.int]
./generic_method_closures.go:52:6: can inline viaPtr[go.shape.string]
./generic_method_closures.go:57:6: can inline twice[go.shape.int]
./generic_method_closures.go:64:6: can inline deep[go.shape.int]
./generic_method_closures.go:17:6: can inline s[go.shape.int].two
./generic_method_closures.go:17:6: can inline s[go.shape.string].two
./generic_method_closures.go:45:6: can inline (*impl[go.shape.int]).put
./generic_method_closures.go:64:6: can inline deep[int]
./generic_method_closures.go:57:6: can inline twice[int]
./generic_method_closures.go:52:6: can inline viaPtr[string]
./generic_method_closures.go:45:6: can inline (*impl[int]).put
./generic_method_closures.go:47:6: can inline direct[int]
./generic_method_closures.go:17:6: can inline s[string].two
./generic_method_closures.go:16:6: can inline (*s[string]).pset
./generic_method_closures.go:15:6: can inline s[string].set
./generic_method_closures.go:14:6: can inline s[string].g0
./generic_method_closures.go:19:6: can inline gen[string]
./generic_method_closures.go:17:6: can inline s[int].two
./generic_method_closures.go:16:6: can inline (*s[int]).pset
./generic_method_closures.go:15:6: can inline s[int].set
./generic_method_closures.go:14:6: can inline s[int].g0
./generic_method_closures.go:19:6: can inline gen[int]
./generic_method_closures.go:22:3: inlining call to gen[go.shape.int].func1
./generic_method_closures.go:24:3: inlining call to gen[go.shape.int].func2
./generic_method_closures.go:26:7: inlining call to gen[go.shape.int].func3
./generic_method_closures.go:28:3: inlining call to gen[go.shape.int].func4
./generic_method_closures.go:21:11: inlining call to s[go.shape.int].g0
./generic_method_closures.go:23:14: inlining call to s[go.shape.int].set
./generic_method_closures.go:25:14: inlining call to (*s[go.shape.int]).pset
./generic_method_closures.go:27:11: inlining call to s[go.shape.int].set
./generic_method_closures.go:21:11: inlining call to s[go.shape.int].g0
./generic_method_closures.go:23:14: inlining call to s[go.shape.int].set
./generic_method_closures.go:25:14: inlining call to (*s[go.shape.int]).pset
./generic_method_closures.go:27:11: inlining call to s[go.shape.int].set
./generic_method_closures.go:30:13: inlining call to (*s[go.shape.int]).pset
./generic_method_closures.go:22:3: inlining call to gen[go.shape.string].func1
./generic_method_closures.go:24:3: inlining call to gen[go.shape.string].func2
./generic_method_closures.go:26:7: inlining call to gen[go.shape.string].func3
./generic_method_closures.go:28:3: inlining call to gen[go.shape.string].func4
./generic_method_closures.go:21:11: inlining call to s[go.shape.string].g0
./generic_method_closures.go:23:14: inlining call to s[go.shape.string].set
./generic_method_closures.go:25:14: inlining call to (*s[go.shape.string]).pset
./generic_method_closures.go:27:11: inlining call to s[go.shape.string].set
./generic_method_closures.go:21:11: inlining call to s[go.shape.string].g0
./generic_method_closures.go:23:14: inlining call to s[go.shape.string].set
./generic_method_closures.go:25:14: inlining call to (*s[go.shape.string]).pset
./generic_method_closures.go:27:11: inlining call to s[go.shape.string].set
./generic_method_closures.go:30:13: inlining call to (*s[go.shape.string]).pset
./generic_method_closures.go:72:13: inlining call to direct[go.shape.int]
./generic_method_closures.go:73:8: inlining call to viaPtr[go.shape.string]
./generic_method_closures.go:74:12: inlining call to twice[go.shape.int]
./generic_method_closures.go:75:6: inlining call to deep[go.shape.int]
./generic_method_closures.go:64:6: inlining call to deep[go.shape.int]
./generic_method_closures.go:57:6: inlining call to twice[go.shape.int]
./generic_method_closures.go:52:6: inlining call to viaPtr[go.shape.string]
./generic_method_closures.go:45:6: inlining call to (*impl[go.shape.int]).put
./generic_method_closures.go:47:6: inlining call to direct[go.shape.int]
./generic_method_closures.go:17:6: inlining call to s[go.shape.string].two
./generic_method_closures.go:16:6: inlining call to (*s[go.shape.string]).pset
./generic_method_closures.go:15:6: inlining call to s[go.shape.string].set
./generic_method_closures.go:14:6: inlining call to s[go.shape.string].g0
./generic_method_closures.go:17:6: inlining call to s[go.shape.int].two
./generic_method_closures.go:16:6: inlining call to (*s[go.shape.int]).pset
./generic_method_closures.go:15:6: inlining call to s[go.shape.int].set
./generic_method_closures.go:14:6: inlining call to s[go.shape.int].g0
<autogenerated>:1: inlining call to s[int].g0
<autogenerated>:1: inlining call to s[go.shape.int].g0
<autogenerated>:1: inlining call to s[int].set
<autogenerated>:1: inlining call to s[go.shape.int].set
<autogenerated>:1: inlining call to s[int].two
<autogenerated>:1: inlining call to s[go.shape.int].two
<autogenerated>:1: inlining call to s[string].g0
<autogenerated>:1: inlining call to s[go.shape.string].g0
<autogenerated>:1: inlining call to s[string].set
<autogenerated>:1: inlining call to s[go.shape.string].set
<autogenerated>:1: inlining call to s[string].two
<autogenerated>:1: inlining call to s[go.shape.string].two
<autogenerated>:1: inlining call to s[go.shape.string].g0
<autogenerated>:1: inlining call to s[go.shape.string].set
<autogenerated>:1: inlining call to s[go.shape.string].two
<autogenerated>:1: inlining call to s[go.shape.int].g0
<autogenerated>:1: inlining call to s[go.shape.int].set
<autogenerated>:1: inlining call to s[go.shape.int].two
