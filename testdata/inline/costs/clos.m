./clos.go:3:6: can inline clos
./clos.go:5:6: can inline main
