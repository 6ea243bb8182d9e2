./pmeth.go:7:6: can inline T.M
./pmeth.go:3:6: can inline pmeth
./pmeth.go:9:6: can inline (*T).PM
./pmeth.go:11:6: can inline main
./pmeth.go:3:34: inlining call to T.M
