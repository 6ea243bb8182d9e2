./field2.go:3:6: can inline field2
./field2.go:7:6: can inline T.M
./field2.go:9:6: can inline (*T).PM
./field2.go:11:6: can inline main
