./fmt_sprint_field.go:7:6: can inline f
./fmt_sprint_field.go:11:6: can inline main
./fmt_sprint_field.go:11:20: inlining call to f
