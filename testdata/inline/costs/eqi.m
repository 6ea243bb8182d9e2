./eqi.go:3:6: can inline eqi
./eqi.go:5:6: can inline main
