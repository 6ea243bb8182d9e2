./v3.go:5:6: can inline vd
./v3.go:3:6: can inline v3
./v3.go:7:6: can inline main
./v3.go:3:26: inlining call to vd
