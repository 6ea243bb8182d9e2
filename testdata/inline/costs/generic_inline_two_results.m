./generic_inline_two_results.go:6:6: can inline Split[go.shape.int]
./generic_inline_two_results.go:8:6: can inline main
./generic_inline_two_results.go:6:6: can inline Split[int]
./generic_inline_two_results.go:10:14: inlining call to Split[go.shape.int]
./generic_inline_two_results.go:6:6: inlining call to Split[go.shape.int]
