./method_on_slice_type.go:5:6: can inline S.first
./method_on_slice_type.go:7:6: can inline (*S).push
./method_on_slice_type.go:9:6: can inline f
./method_on_slice_type.go:15:6: can inline main
./method_on_slice_type.go:11:8: inlining call to (*S).push
./method_on_slice_type.go:12:16: inlining call to S.first
./method_on_slice_type.go:15:20: inlining call to f
./method_on_slice_type.go:15:20: inlining call to (*S).push
./method_on_slice_type.go:15:20: inlining call to S.first
