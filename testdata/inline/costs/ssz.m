./ssz.go:5:6: can inline ssz
./ssz.go:9:6: can inline T.M
./ssz.go:11:6: can inline (*T).PM
./ssz.go:13:6: can inline main
