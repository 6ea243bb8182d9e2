./defer_interface_call.go:3:16: can inline d2.deferwrap1
./defer_interface_call.go:7:6: can inline main
