./methexpr.go:7:6: can inline T.M
./methexpr.go:3:6: can inline methexpr
./methexpr.go:9:6: can inline (*T).PM
./methexpr.go:11:6: can inline main
