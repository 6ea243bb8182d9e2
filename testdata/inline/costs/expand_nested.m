./expand_nested.go:7:6: can inline newT
./expand_nested.go:9:6: can inline id
./expand_nested.go:11:6: can inline mk
./expand_nested.go:13:6: can inline main
./expand_nested.go:15:11: inlining call to newT
./expand_nested.go:17:11: inlining call to newT
./expand_nested.go:20:15: inlining call to mk
./expand_nested.go:20:12: inlining call to id
