./rngfunc.go:3:6: can inline rngfunc
./rngfunc.go:4:2: can inline rngfunc-range1
./rngfunc.go:9:6: can inline main
