./addrf2.go:3:6: can inline addrf2
./addrf2.go:7:6: can inline T.M
./addrf2.go:9:6: can inline (*T).PM
./addrf2.go:11:6: can inline main
