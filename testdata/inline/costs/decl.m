./decl.go:3:6: can inline decl
./decl.go:5:6: can inline main
