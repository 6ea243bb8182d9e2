./result_named_addr.go:3:6: can inline f
./result_named_addr.go:9:6: can inline g
./result_named_addr.go:14:6: can inline main
./result_named_addr.go:15:7: inlining call to f
./result_named_addr.go:16:10: inlining call to g
