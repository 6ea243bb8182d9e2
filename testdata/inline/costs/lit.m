./lit.go:3:6: can inline lit
./lit.go:7:6: can inline T.M
./lit.go:9:6: can inline (*T).PM
./lit.go:11:6: can inline main
