./v0.go:5:6: can inline vd
./v0.go:3:6: can inline v0
./v0.go:7:6: can inline main
./v0.go:3:26: inlining call to vd
