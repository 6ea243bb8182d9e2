./chan_param_noescape.go:3:6: can inline f
./chan_param_noescape.go:7:6: can inline main
./chan_param_noescape.go:10:7: inlining call to f
