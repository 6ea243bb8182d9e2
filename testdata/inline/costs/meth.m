./meth.go:7:6: can inline T.M
./meth.go:3:6: can inline meth
./meth.go:9:6: can inline (*T).PM
./meth.go:11:6: can inline main
./meth.go:3:38: inlining call to T.M
