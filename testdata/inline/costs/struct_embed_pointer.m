./struct_embed_pointer.go:6:6: can inline f
./struct_embed_pointer.go:10:6: can inline main
./struct_embed_pointer.go:10:20: inlining call to f
