./defer_delete.go:3:26: can inline d8.deferwrap1
./defer_delete.go:5:6: can inline main
