./sel4.go:3:6: can inline sel4
./sel4.go:13:6: can inline main
