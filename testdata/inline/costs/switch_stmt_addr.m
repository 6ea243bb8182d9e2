./switch_stmt_addr.go:5:6: can inline f
./switch_stmt_addr.go:14:6: can inline main
./switch_stmt_addr.go:14:16: inlining call to f
