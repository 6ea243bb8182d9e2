./expand_devirtualized.go:7:6: can inline (*T).M
./expand_devirtualized.go:9:6: can inline g
./expand_devirtualized.go:11:6: can inline f1
./expand_devirtualized.go:16:6: can inline f2
./expand_devirtualized.go:21:6: can inline main
./expand_devirtualized.go:13:10: inlining call to g
./expand_devirtualized.go:13:18: inlining call to (*T).M
./expand_devirtualized.go:18:12: inlining call to (*T).M
./expand_devirtualized.go:18:18: inlining call to g
