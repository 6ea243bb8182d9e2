./methval.go:7:6: can inline T.M
./methval.go:3:6: can inline methval
./methval.go:9:6: can inline (*T).PM
./methval.go:11:6: can inline main
