./new_return.go:3:6: can inline f
./new_return.go:7:6: can inline main
./new_return.go:7:20: inlining call to f
