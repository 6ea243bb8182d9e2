./multi2.go:5:6: can inline twoassign
./multi2.go:3:6: can inline multi2
./multi2.go:7:6: can inline main
./multi2.go:3:38: inlining call to twoassign
