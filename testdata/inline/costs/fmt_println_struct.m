./fmt_println_struct.go:9:13: inlining call to fmt.Println
