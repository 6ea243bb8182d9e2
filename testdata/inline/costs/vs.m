./vs.go:5:6: can inline vd
./vs.go:3:6: can inline vs
./vs.go:7:6: can inline main
./vs.go:3:33: inlining call to vd
