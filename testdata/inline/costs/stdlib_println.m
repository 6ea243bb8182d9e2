./stdlib_println.go:7:6: can inline s4
./stdlib_println.go:9:6: can inline main
./stdlib_println.go:7:29: inlining call to fmt.Println
