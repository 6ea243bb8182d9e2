./plit.go:3:6: can inline plit
./plit.go:7:6: can inline T.M
./plit.go:9:6: can inline (*T).PM
./plit.go:11:6: can inline main
