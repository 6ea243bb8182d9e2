./range_value_addr.go:3:6: can inline f
./range_value_addr.go:11:6: can inline main
./range_value_addr.go:11:20: inlining call to f
