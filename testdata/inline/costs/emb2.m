./emb2.go:3:6: can inline emb2
./emb2.go:12:6: can inline T.M
./emb2.go:14:6: can inline (*T).PM
./emb2.go:16:6: can inline main
