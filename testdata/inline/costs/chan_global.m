./chan_global.go:5:6: can inline f
./chan_global.go:9:6: can inline main
./chan_global.go:9:16: inlining call to f
