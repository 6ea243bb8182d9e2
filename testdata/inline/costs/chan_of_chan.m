./chan_of_chan.go:3:6: can inline f
./chan_of_chan.go:9:6: can inline main
./chan_of_chan.go:9:20: inlining call to f
