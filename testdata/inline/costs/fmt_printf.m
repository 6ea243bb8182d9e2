./fmt_printf.go:9:6: can inline main
./fmt_printf.go:6:12: inlining call to fmt.Printf
