./fmt_sprintf_return.go:5:6: can inline f
./fmt_sprintf_return.go:9:6: can inline main
./fmt_sprintf_return.go:9:20: inlining call to f
