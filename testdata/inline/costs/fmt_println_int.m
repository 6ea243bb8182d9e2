./fmt_println_int.go:7:13: inlining call to fmt.Println
