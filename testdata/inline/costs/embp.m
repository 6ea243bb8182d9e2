./embp.go:3:6: can inline embp
./embp.go:12:6: can inline T.M
./embp.go:14:6: can inline (*T).PM
./embp.go:16:6: can inline main
