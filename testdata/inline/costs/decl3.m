./decl3.go:3:6: can inline decl3
./decl3.go:5:6: can inline main
