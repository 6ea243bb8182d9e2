./arr.go:3:6: can inline arr
./arr.go:5:6: can inline main
