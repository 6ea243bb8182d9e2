./marg.go:5:6: can inline ma
./marg.go:3:6: can inline marg
./marg.go:7:6: can inline main
./marg.go:3:38: inlining call to ma
./marg.go:3:35: inlining call to ma
