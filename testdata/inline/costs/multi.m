./multi.go:5:6: can inline twoassign
./multi.go:3:6: can inline multi
./multi.go:7:6: can inline main
./multi.go:3:43: inlining call to twoassign
