./emb.go:3:6: can inline emb
./emb.go:12:6: can inline T.M
./emb.go:14:6: can inline (*T).PM
./emb.go:16:6: can inline main
