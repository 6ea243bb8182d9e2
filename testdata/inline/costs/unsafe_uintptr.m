./unsafe_uintptr.go:5:6: can inline f
./unsafe_uintptr.go:9:6: can inline main
./unsafe_uintptr.go:11:7: inlining call to f
