./fmt_println_pointer.go:7:13: inlining call to fmt.Println
