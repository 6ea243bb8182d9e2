./fmt_fprintln_buffer.go:14:6: can inline main
./fmt_fprintln_buffer.go:11:17: inlining call to bytes.(*Buffer).String
