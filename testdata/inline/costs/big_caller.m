./big_caller.go:12:6: can inline small
./big_caller.go:17:6: can inline medium
./big_caller.go:1026:12: inlining call to small
