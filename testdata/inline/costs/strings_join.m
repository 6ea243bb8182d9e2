./strings_join.go:5:6: can inline f
./strings_join.go:9:6: can inline main
./strings_join.go:9:20: inlining call to f
