./cc.go:3:24: can inline cc.func1
./cc.go:3:6: can inline cc
./cc.go:5:6: can inline main
./cc.go:3:47: inlining call to cc.func1
