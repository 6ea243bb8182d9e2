./mv2.go:5:6: can inline ma
./mv2.go:3:6: can inline mv2
./mv2.go:7:6: can inline main
./mv2.go:3:41: inlining call to ma
