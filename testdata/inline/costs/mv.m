./mv.go:5:6: can inline ma
./mv.go:3:6: can inline mv
./mv.go:7:6: can inline main
./mv.go:3:27: inlining call to ma
