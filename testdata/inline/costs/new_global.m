./new_global.go:5:6: can inline f
./new_global.go:9:6: can inline main
./new_global.go:9:16: inlining call to f
