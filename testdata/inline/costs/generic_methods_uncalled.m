./generic_methods_uncalled.go:13:6: can inline f
./generic_methods_uncalled.go:9:6: can inline (*Box[go.shape.string]).Leak
./generic_methods_uncalled.go:18:6: can inline g
./generic_methods_uncalled.go:23:6: can inline main
./generic_methods_uncalled.go:7:6: can inline Box[go.shape.string].Any
./generic_methods_uncalled.go:5:6: can inline (*Box[go.shape.string]).Get
./generic_methods_uncalled.go:9:6: can inline (*Box[string]).Leak
./generic_methods_uncalled.go:7:6: can inline Box[string].Any
./generic_methods_uncalled.go:5:6: can inline (*Box[string]).Get
./generic_methods_uncalled.go:9:6: can inline (*Box[go.shape.int]).Leak
./generic_methods_uncalled.go:7:6: can inline Box[go.shape.int].Any
./generic_methods_uncalled.go:5:6: can inline (*Box[go.shape.int]).Get
./generic_methods_uncalled.go:9:6: can inline (*Box[int]).Leak
./generic_methods_uncalled.go:7:6: can inline Box[int].Any
./generic_methods_uncalled.go:5:6: can inline (*Box[int]).Get
./generic_methods_uncalled.go:20:8: inlining call to (*Box[go.shape.string]).Leak
./generic_methods_uncalled.go:24:3: inlining call to f
./generic_methods_uncalled.go:25:3: inlining call to g
./generic_methods_uncalled.go:25:3: inlining call to (*Box[go.shape.string]).Leak
./generic_methods_uncalled.go:9:6: inlining call to (*Box[go.shape.string]).Leak
./generic_methods_uncalled.go:7:6: inlining call to Box[go.shape.string].Any
./generic_methods_uncalled.go:5:6: inlining call to (*Box[go.shape.string]).Get
./generic_methods_uncalled.go:9:6: inlining call to (*Box[go.shape.int]).Leak
./generic_methods_uncalled.go:7:6: inlining call to Box[go.shape.int].Any
./generic_methods_uncalled.go:5:6: inlining call to (*Box[go.shape.int]).Get
