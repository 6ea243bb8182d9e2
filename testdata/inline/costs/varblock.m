./varblock.go:3:6: can inline varblock
./varblock.go:11:6: can inline main
