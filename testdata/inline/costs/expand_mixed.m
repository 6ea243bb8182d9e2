./expand_mixed.go:10:6: can inline (*T).Get
./expand_mixed.go:11:6: can inline T.Val
./expand_mixed.go:13:6: can inline rec
./expand_mixed.go:21:6: can inline g
./expand_mixed.go:20:6: can inline f
./expand_mixed.go:22:6: can inline h
./expand_mixed.go:35:5: can inline main.func1
./expand_mixed.go:27:2: can inline main.deferwrap1
./expand_mixed.go:17:12: inlining call to rec
./expand_mixed.go:20:24: inlining call to g
./expand_mixed.go:20:30: inlining call to g
./expand_mixed.go:35:25: inlining call to fmt.Println
./expand_mixed.go:29:11: inlining call to (*T).Get
./expand_mixed.go:30:14: inlining call to T.Val
./expand_mixed.go:31:9: inlining call to rec
./expand_mixed.go:32:7: inlining call to f
./expand_mixed.go:32:13: inlining call to h
./expand_mixed.go:33:19: inlining call to errors.New
./expand_mixed.go:32:7: inlining call to g
./expand_mixed.go:32:7: inlining call to g
./expand_mixed.go:27:19: inlining call to fmt.Println
