./bounds_elided.go:11:6: can inline g
./bounds_elided.go:13:6: can inline f
./bounds_elided.go:27:7: can inline closures.func1
./bounds_elided.go:30:5: can inline closures.func2
./bounds_elided.go:41:3: can inline stmts.deferwrap1
./bounds_elided.go:24:6: can inline (*T[go.shape.int]).At
./bounds_elided.go:24:6: can inline (*T[go.shape.string]).At
./bounds_elided.go:54:2: can inline main.func1
./bounds_elided.go:24:6: can inline (*T[string]).At
./bounds_elided.go:24:6: can inline (*T[int]).At
./bounds_elided.go:29:3: inlining call to closures.func1
./bounds_elided.go:54:28: inlining call to main.func1
./bounds_elided.go:57:13: inlining call to (*T[go.shape.int]).At
./bounds_elided.go:58:13: inlining call to (*T[go.shape.string]).At
./bounds_elided.go:59:10: inlining call to g
./bounds_elided.go:59:17: inlining call to f
./bounds_elided.go:24:6: inlining call to (*T[go.shape.string]).At
./bounds_elided.go:24:6: inlining call to (*T[go.shape.int]).At
