./v1.go:5:6: can inline vd
./v1.go:3:6: can inline v1
./v1.go:7:6: can inline main
./v1.go:3:26: inlining call to vd
