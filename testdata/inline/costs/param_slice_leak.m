./param_slice_leak.go:5:6: can inline f
./param_slice_leak.go:9:6: can inline h
./param_slice_leak.go:13:6: can inline main
./param_slice_leak.go:14:3: inlining call to f
./param_slice_leak.go:15:7: inlining call to h
