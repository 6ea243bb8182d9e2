./field.go:3:6: can inline field
./field.go:7:6: can inline T.M
./field.go:9:6: can inline (*T).PM
./field.go:11:6: can inline main
