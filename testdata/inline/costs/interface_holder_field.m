./interface_holder_field.go:5:6: can inline f
./interface_holder_field.go:9:6: can inline main
./interface_holder_field.go:9:16: inlining call to f
