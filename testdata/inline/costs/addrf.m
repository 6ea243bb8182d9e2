./addrf.go:3:6: can inline addrf
./addrf.go:7:6: can inline T.M
./addrf.go:9:6: can inline (*T).PM
./addrf.go:11:6: can inline main
