./defer_println.go:3:13: can inline d7.deferwrap1
./defer_println.go:5:6: can inline main
