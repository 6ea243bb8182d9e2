./chan_range.go:5:6: can inline f
./chan_range.go:11:6: can inline main
./chan_range.go:11:16: inlining call to f
