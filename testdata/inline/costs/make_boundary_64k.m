./make_boundary_64k.go:3:6: can inline f
./make_boundary_64k.go:8:6: can inline g
./make_boundary_64k.go:13:6: can inline main
./make_boundary_64k.go:13:23: inlining call to f
./make_boundary_64k.go:13:28: inlining call to g
