./unsafe_slice_string.go:5:6: can inline f
./unsafe_slice_string.go:9:6: can inline g
./unsafe_slice_string.go:13:6: can inline main
./unsafe_slice_string.go:14:7: inlining call to f
./unsafe_slice_string.go:15:7: inlining call to g
