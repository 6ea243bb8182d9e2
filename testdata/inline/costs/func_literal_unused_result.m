./func_literal_unused_result.go:4:7: can inline f.func1
./func_literal_unused_result.go:3:6: can inline f
./func_literal_unused_result.go:8:6: can inline main
./func_literal_unused_result.go:5:10: inlining call to f.func1
./func_literal_unused_result.go:8:20: inlining call to f
./func_literal_unused_result.go:4:7: can inline main.f.func1
./func_literal_unused_result.go:8:20: inlining call to main.f.func1
