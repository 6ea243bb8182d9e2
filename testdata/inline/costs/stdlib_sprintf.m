./stdlib_sprintf.go:7:6: can inline s7
./stdlib_sprintf.go:9:6: can inline main
