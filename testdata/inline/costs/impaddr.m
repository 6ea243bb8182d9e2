./impaddr.go:9:6: can inline (*T).PM
./impaddr.go:3:6: can inline impaddr
./impaddr.go:7:6: can inline T.M
./impaddr.go:11:6: can inline main
./impaddr.go:3:42: inlining call to (*T).PM
