./ptr_level_two_result.go:3:6: can inline f
./ptr_level_two_result.go:7:6: can inline main
./ptr_level_two_result.go:11:7: inlining call to f
