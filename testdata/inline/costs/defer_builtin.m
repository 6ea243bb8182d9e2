./defer_builtin.go:3:23: can inline d1.deferwrap1
./defer_builtin.go:5:6: can inline main
