./stdlib_join.go:7:6: can inline s5
./stdlib_join.go:9:6: can inline main
