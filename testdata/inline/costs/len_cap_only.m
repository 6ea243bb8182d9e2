./len_cap_only.go:3:6: can inline f
./len_cap_only.go:7:6: can inline main
./len_cap_only.go:7:20: inlining call to f
