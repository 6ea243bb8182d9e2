./blk.go:3:6: can inline blk
./blk.go:11:6: can inline main
