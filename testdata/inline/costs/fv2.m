./fv2.go:5:6: can inline ret1
./fv2.go:3:6: can inline fv2
./fv2.go:7:6: can inline main
./fv2.go:3:37: inlining call to ret1
