./cc2.go:3:23: can inline cc2.func1
./cc2.go:3:6: can inline cc2
./cc2.go:5:6: can inline main
./cc2.go:3:56: inlining call to cc2.func1
