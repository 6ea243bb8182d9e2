./decl2.go:3:6: can inline decl2
./decl2.go:5:6: can inline main
