./struct_anonymous.go:5:6: can inline f
./struct_anonymous.go:9:6: can inline main
./struct_anonymous.go:9:16: inlining call to f
