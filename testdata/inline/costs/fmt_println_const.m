./fmt_println_const.go:5:6: can inline main
./fmt_println_const.go:6:13: inlining call to fmt.Println
