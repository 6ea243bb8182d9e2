./receiver_value_noescape.go:5:6: can inline T.get
./receiver_value_noescape.go:9:6: can inline main
./receiver_value_noescape.go:12:11: inlining call to T.get
