./recur.go:3:6: can inline recur
./recur.go:10:6: can inline main
./recur.go:7:14: inlining call to recur
